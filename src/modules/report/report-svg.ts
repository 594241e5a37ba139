/**
 * The report's drawings as SVG strings, for the HTML page and the PDF alike:
 * the Grassmann diagram (d3-sankey lays the nodes and links out — the
 * library's layout, not ours; we only write the paths) and the gap waterfall.
 * Colours are the engine's own; no script, no style attribute (the report's
 * CSP admits its one stylesheet only).
 */
import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { Sankey } from '../../engine/factory';
import type { WaterfallChart } from '../../engine/process';
import { escapeHtml } from './escape';
import { formatNumber } from './format';

const FONT_SIZE = 11;

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
      `<text x="${(x1 + 6).toFixed(1)}" y="${((y0 + y1) / 2).toFixed(1)}" dy="0.35em" font-size="${FONT_SIZE}">${escapeHtml(node.label)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sankey" viewBox="0 0 ${width} ${height}" role="img" aria-label="Grassmann diagram (${escapeHtml(diagram.unit)})">${parts.join('')}</svg>`;
}

/** Words of `text` in lines of at most `width` characters, at most `lines` of them (the last one cut with …). */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + 1 + word.length <= width) out[last] += ` ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, Math.max(1, width - 1))}…`;
  return kept;
}

const kW = (value: number) => `${formatNumber(value)} kW`;

/**
 * The gap waterfall as Plotly would draw it from the same chart: an absolute bar from zero, relative steps
 * floating from the running sum (up teal, down green), and the total from zero — in kW.
 */
export function waterfallSvg(chart: WaterfallChart, width = 900, height = 270): string {
  const { labels, values, measures } = chart;
  const spans: { from: number; to: number }[] = [];
  let running = 0;
  values.forEach((value, i) => {
    const measure = measures[i] ?? 'relative';
    const from = measure === 'relative' ? running : 0;
    const to = measure === 'relative' ? running + value : value;
    running = to;
    spans.push({ from, to });
  });
  const top = Math.max(1e-9, ...spans.map((s) => Math.max(s.from, s.to)));
  const floor = Math.min(0, ...spans.map((s) => Math.min(s.from, s.to)));
  const labelLines = 3;
  const plotTop = 18;
  const plotBottom = height - (labelLines * FONT_SIZE + 10);
  const y = (v: number) => plotBottom - ((v - floor) / (top - floor)) * (plotBottom - plotTop);
  const slot = width / Math.max(1, labels.length);
  const barWidth = Math.max(4, slot - 16);
  const charsPerLine = Math.max(4, Math.floor(slot / (FONT_SIZE * 0.6)));
  const parts = labels.map((label, i) => {
    const { from, to } = spans[i];
    const x = i * slot + (slot - barWidth) / 2;
    const middle = (x + barWidth / 2).toFixed(1);
    const upper = y(Math.max(from, to));
    const fill = measures[i] === 'relative' ? (to < from ? '#2b8a3e' : '#0b7285') : '#1f2933';
    const lines = wrap(label, charsPerLine, labelLines)
      .map((line, n) => `<tspan x="${middle}" dy="${n === 0 ? 0 : FONT_SIZE + 1}">${escapeHtml(line)}</tspan>`)
      .join('');
    return (
      `<rect x="${x.toFixed(1)}" y="${upper.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(1, y(Math.min(from, to)) - upper).toFixed(1)}" fill="${fill}"><title>${escapeHtml(label)}: ${kW(values[i])}</title></rect>` +
      `<text x="${middle}" y="${(upper - 4).toFixed(1)}" font-size="${FONT_SIZE}" text-anchor="middle">${kW(values[i])}</text>` +
      `<text x="${middle}" y="${(plotBottom + FONT_SIZE + 4).toFixed(1)}" font-size="${FONT_SIZE}" text-anchor="middle">${lines}</text>`
    );
  });
  const axis = `<line x1="0" y1="${y(0).toFixed(1)}" x2="${width}" y2="${y(0).toFixed(1)}" stroke="#9aa5b1" stroke-width="1"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="waterfall" viewBox="0 0 ${width} ${height}" role="img" aria-label="Gap waterfall (kW)">${axis}${parts.join('')}</svg>`;
}
