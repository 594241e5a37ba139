/** Plotly-ready views of an advanced exergy analysis: the quadrant bars and the interaction network. */
import type { AdvancedExergyMethod, UnitAdvancedExergy } from './advanced-exergy';

export type AdvancedExergyQuadrant =
  'avoidable_endogenous' | 'avoidable_exogenous' | 'unavoidable_endogenous' | 'unavoidable_exogenous';

const QUADRANTS: { quadrant: AdvancedExergyQuadrant; name: string; value: (row: UnitAdvancedExergy) => number }[] = [
  { quadrant: 'avoidable_endogenous', name: 'AV-EN', value: (r) => r.avoidableEndogenousKW },
  { quadrant: 'avoidable_exogenous', name: 'AV-EX', value: (r) => r.avoidableExogenousKW },
  { quadrant: 'unavoidable_endogenous', name: 'UN-EN', value: (r) => r.unavoidableEndogenousKW },
  { quadrant: 'unavoidable_exogenous', name: 'UN-EX', value: (r) => r.unavoidableExogenousKW },
];

export interface QuadrantSeries {
  quadrant: AdvancedExergyQuadrant;
  name: string;
  /** kW per unit, in the labels' order */
  valuesKW: number[];
}

/** One stacked-bar trace per quadrant over the ranked units (kW). */
export interface QuadrantChart {
  labels: string[];
  equipmentIds: string[];
  series: QuadrantSeries[];
}

export function quadrantChart(rows: UnitAdvancedExergy[]): QuadrantChart {
  return {
    labels: rows.map((r) => r.name),
    equipmentIds: rows.map((r) => r.equipmentId),
    series: QUADRANTS.map(({ quadrant, name, value }) => ({ quadrant, name, valuesKW: rows.map(value) })),
  };
}

/** Edges below this are left out of the network (spec §B). */
export const MIN_EDGE_KW = 1;

export interface InteractionEdge {
  /** The unit causing the exogenous destruction */
  sourceId: string;
  sourceName: string;
  /** The unit where it is destroyed */
  targetId: string;
  targetName: string;
  exergyDestroyedKW: number;
  /** How the affected unit was split */
  method: AdvancedExergyMethod;
}

/** Edges ≥ 1 kW, largest first, and the same as Plotly sankey arrays (node indices into nodeLabels). */
export interface InteractionNetwork {
  minimumEdgeKW: number;
  edges: InteractionEdge[];
  nodeIds: string[];
  nodeLabels: string[];
  linkSources: number[];
  linkTargets: number[];
  linkValuesKW: number[];
}

export function interactionNetwork(rows: UnitAdvancedExergy[]): InteractionNetwork {
  const edges = rows
    .flatMap((row) =>
      row.exogenousSources.map((s) => ({
        sourceId: s.equipmentId,
        sourceName: s.name,
        targetId: row.equipmentId,
        targetName: row.name,
        exergyDestroyedKW: s.exergyDestroyedKW,
        method: row.method,
      })),
    )
    .filter((e) => e.exergyDestroyedKW >= MIN_EDGE_KW)
    .sort((a, b) => b.exergyDestroyedKW - a.exergyDestroyedKW);
  const nodes = new Map<string, string>();
  for (const e of edges) nodes.set(e.sourceId, e.sourceName).set(e.targetId, e.targetName);
  const index = new Map([...nodes.keys()].map((id, i) => [id, i]));
  return {
    minimumEdgeKW: MIN_EDGE_KW,
    edges,
    nodeIds: [...nodes.keys()],
    nodeLabels: [...nodes.values()],
    linkSources: edges.map((e) => index.get(e.sourceId)!),
    linkTargets: edges.map((e) => index.get(e.targetId)!),
    linkValuesKW: edges.map((e) => e.exergyDestroyedKW),
  };
}
