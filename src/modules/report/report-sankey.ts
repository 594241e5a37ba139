/**
 * The Grassmann diagram as the report draws it: the engine's diagram with its sources and sinks named in the
 * report's language and, for a plant of more than SANKEY_UNIT_LIMIT units (whose labels no page could hold),
 * its units drawn by type — one node per equipment type, flows between types summed, flows inside a type left
 * out (each such flow leaves one unit of the type and enters another, so every node still balances).
 */
import type { FactoryEquipmentInput, Sankey, SankeyLink } from '../../engine/factory';
import type { ReportLabels } from './report-labels';

export const SANKEY_UNIT_LIMIT = 20;

export function reportSankey(
  sankey: Sankey,
  units: FactoryEquipmentInput[],
  L: ReportLabels,
  typeName: (unit: FactoryEquipmentInput) => string,
): { sankey: Sankey; grouped: boolean } {
  const named = {
    ...sankey,
    nodes: sankey.nodes.map((n) => (n.kind === 'equipment' ? n : { ...n, label: L.chartTerms[n.label] ?? n.label })),
  };
  if (units.length <= SANKEY_UNIT_LIMIT) return { sankey: named, grouped: false };
  const groupOf = new Map<string, string>();
  const counts = new Map<string, { label: string; count: number }>();
  for (const unit of units) {
    const group = `type:${unit.type}`;
    groupOf.set(`equipment:${unit.id}`, group);
    const entry = counts.get(group) ?? { label: typeName(unit), count: 0 };
    entry.count++;
    counts.set(group, entry);
  }
  const mapped = (id: string) => groupOf.get(id) ?? id;
  const links = new Map<string, SankeyLink>();
  for (const link of named.links) {
    const [source, target] = [mapped(link.source), mapped(link.target)];
    if (source === target) continue;
    const key = `${source}\u0000${target}\u0000${link.kind}`;
    const known = links.get(key);
    if (known) known.value += link.value;
    else links.set(key, { ...link, source, target, label: link.label });
  }
  if (hasCycle([...links.values()])) return { sankey: named, grouped: false }; // types feeding each other in a ring
  const groupNodes = [...counts].map(([id, { label, count }]) => ({
    id,
    label: `${label} (${count})`,
    kind: 'equipment' as const,
    color: named.nodes.find((n) => n.kind === 'equipment')?.color ?? '#334155',
    equipmentId: null,
  }));
  return {
    sankey: {
      ...named,
      nodes: [...named.nodes.filter((n) => n.kind !== 'equipment'), ...groupNodes],
      links: [...links.values()],
    },
    grouped: true,
  };
}

function hasCycle(links: SankeyLink[]): boolean {
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.source, [...(next.get(l.source) ?? []), l.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'open') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'open');
    const cyclic = (next.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return cyclic;
  };
  return [...next.keys()].some(visit);
}
