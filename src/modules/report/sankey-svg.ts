/**
 * The Grassmann diagram of a run as an SVG string: d3-sankey lays the nodes
 * and links out (the library's layout, not ours), we only write the paths.
 * Colours are the engine's own; no script, no style attribute (the report's
 * CSP admits its one stylesheet only).
 */
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { Sankey } from '../../engine/factory';
import { escapeHtml } from './escape';

interface NodeDatum {
  id: string;
  label: string;
  color: string;
}
interface LinkDatum {
  source: string;
  target: string;
  value: number;
  color: string;
  label: string;
}

export function sankeySvg(diagram: Sankey, width = 900, height = 480): string {
  const links = diagram.links.filter((l) => l.value > 0);
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = diagram.nodes.filter((n) => used.has(n.id));
  if (links.length === 0) return '<p class="empty">No exergy flows to draw.</p>';
  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(12)
    .extent([
      [1, 1],
      [width - 160, height - 6],
    ]);
  const graph: SankeyGraph<NodeDatum, LinkDatum> = layout({
    nodes: nodes.map((n) => ({ id: n.id, label: n.label, color: n.color })),
    links: links.map((l) => ({ source: l.source, target: l.target, value: l.value, color: l.color, label: l.label })),
  });
  const path = sankeyLinkHorizontal();
  const parts: string[] = [];
  for (const link of graph.links) {
    const d = path(link) ?? '';
    const strokeWidth = Math.max(1, link.width ?? 1).toFixed(2);
    parts.push(
      `<path d="${d}" fill="none" stroke="${escapeHtml(link.color)}" stroke-opacity="0.45" stroke-width="${strokeWidth}"><title>${escapeHtml(link.label)}: ${link.value.toFixed(1)} ${escapeHtml(diagram.unit)}</title></path>`,
    );
  }
  for (const node of graph.nodes) {
    const x0 = node.x0 ?? 0;
    const y0 = node.y0 ?? 0;
    const x1 = node.x1 ?? 0;
    const y1 = node.y1 ?? 0;
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${(x1 - x0).toFixed(1)}" height="${Math.max(1, y1 - y0).toFixed(1)}" fill="${escapeHtml(node.color)}"><title>${escapeHtml(node.label)}</title></rect>`,
      `<text x="${(x1 + 6).toFixed(1)}" y="${((y0 + y1) / 2).toFixed(1)}" dy="0.35em" font-size="11">${escapeHtml(node.label)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sankey" viewBox="0 0 ${width} ${height}" role="img" aria-label="Grassmann diagram (${escapeHtml(diagram.unit)})">${parts.join('')}</svg>`;
}
