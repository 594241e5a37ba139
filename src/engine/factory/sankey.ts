/**
 * Grassmann diagram of the plant (spec/factory.md §5 with Correction F-1):
 * boundary sources → units → products / losses / destruction, with internal
 * supply links between units, so every kW enters the diagram exactly once.
 * Every unit node balances (in = out + loss + destruction); the check is part
 * of the result. COST_FLOW prices every link at the plant's average cost of
 * boundary exergy (EUR/h), so the node balances hold in cost terms too.
 */
import type { FuelKind } from '../equipment/types';
import type { SupplyAllocation } from './totals';
import type { FactoryEquipmentInput, NodeBalance, Sankey, SankeyLink, SankeyMode, SankeyNode } from './types';

const COLORS = {
  electricity: '#3498db',
  fuel: '#e67e22',
  heat: '#c0392b',
  equipment: '#34495e',
  product: '#27ae60',
  loss: '#f39c12',
  destruction: '#e74c3c',
  unavoidable: '#95a5a6',
  internal: '#8e44ad',
};

const SOURCE_OF: Record<FuelKind, { id: string; label: string; color: string }> = {
  electricity: { id: 'source:electricity', label: 'Electricity', color: COLORS.electricity },
  fuel: { id: 'source:fuel', label: 'Fuels', color: COLORS.fuel },
  heat: { id: 'source:heat', label: 'Heat and steam (purchased)', color: COLORS.heat },
  steam: { id: 'source:heat', label: 'Heat and steam (purchased)', color: COLORS.heat },
  hot_water: { id: 'source:heat', label: 'Heat and steam (purchased)', color: COLORS.heat },
  hot_air: { id: 'source:heat', label: 'Heat and steam (purchased)', color: COLORS.heat },
};

/** Below this a link is not drawn (kW). */
const MIN_LINK_KW = 1e-9;
const BALANCE_TOLERANCE = 1e-6;

export function buildSankey(
  equipment: FactoryEquipmentInput[],
  allocation: SupplyAllocation,
  mode: SankeyMode,
  averageFuelCostEurPerKWh: number | null,
): Sankey {
  const scale = mode === 'COST_FLOW' ? (averageFuelCostEurPerKWh ?? 0) : 1;
  const nodes = new Map<string, SankeyNode>();
  const links: SankeyLink[] = [];
  // Per-node sums of link values, accumulated as the links are pushed: the same
  // additions in the same (link) order as filtering the whole link list per
  // node, so the balances are bit-for-bit those of that quadratic scan.
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  const addNode = (node: SankeyNode) => nodes.has(node.id) || nodes.set(node.id, node);
  const link = (source: string, target: string, kW: number, kind: SankeyLink['kind'], color: string, label: string) => {
    if (!(kW > MIN_LINK_KW)) return;
    const value = kW * scale;
    links.push({ source, target, value, kind, color, label });
    outflow.set(source, (outflow.get(source) ?? 0) + value);
    inflow.set(target, (inflow.get(target) ?? 0) + value);
  };
  addNode({ id: 'products', label: 'Useful products', kind: 'product', color: COLORS.product, equipmentId: null });
  addNode({ id: 'losses', label: 'Exergy losses', kind: 'loss', color: COLORS.loss, equipmentId: null });
  if (mode === 'DESTRUCTION_FOCUS') {
    addNode({
      id: 'destruction:avoidable',
      label: 'Avoidable destruction',
      kind: 'destruction',
      color: COLORS.destruction,
      equipmentId: null,
    });
    addNode({
      id: 'destruction:unavoidable',
      label: 'Unavoidable destruction',
      kind: 'destruction',
      color: COLORS.unavoidable,
      equipmentId: null,
    });
  } else {
    addNode({
      id: 'destruction',
      label: 'Exergy destruction',
      kind: 'destruction',
      color: COLORS.destruction,
      equipmentId: null,
    });
  }
  for (const e of equipment)
    addNode({ id: `equipment:${e.id}`, label: e.name, kind: 'equipment', color: COLORS.equipment, equipmentId: e.id });

  for (const e of equipment) {
    const node = `equipment:${e.id}`;
    const r = e.result;
    const internal = allocation.internalByConsumer.get(e.id) ?? 0;
    const boundary = r.exergyFuelKW - internal;
    if (boundary > MIN_LINK_KW) {
      const source = SOURCE_OF[r.fuelKind];
      addNode({ id: source.id, label: source.label, kind: 'source', color: source.color, equipmentId: null });
      link(source.id, node, boundary, 'fuel', source.color, `${source.label} → ${e.name}`);
    }
    if (e.supplierId && internal > 0)
      link(`equipment:${e.supplierId}`, node, internal, 'internal', COLORS.internal, `internal supply → ${e.name}`);
    link(
      node,
      'products',
      r.exergyProductKW - (allocation.usedBySupplier.get(e.id) ?? 0),
      'product',
      COLORS.product,
      `${e.name} product`,
    );
    link(node, 'losses', r.exergyLossKW, 'loss', COLORS.loss, `${e.name} losses`);
    if (mode === 'DESTRUCTION_FOCUS') {
      link(
        node,
        'destruction:avoidable',
        r.exergyDestroyedAvoidableKW,
        'avoidable',
        COLORS.destruction,
        `${e.name} avoidable destruction`,
      );
      link(
        node,
        'destruction:unavoidable',
        r.exergyDestroyedUnavoidableKW,
        'unavoidable',
        COLORS.unavoidable,
        `${e.name} unavoidable destruction`,
      );
    } else {
      link(node, 'destruction', r.exergyDestroyedKW, 'destruction', COLORS.destruction, `${e.name} destruction`);
    }
  }

  const balances: NodeBalance[] = equipment.map((e) => {
    const id = `equipment:${e.id}`;
    const into = inflow.get(id) ?? 0;
    const out = outflow.get(id) ?? 0;
    return { nodeId: id, inflow: into, outflow: out, residual: into - out };
  });
  const maxResidual = balances.reduce((m, b) => Math.max(m, Math.abs(b.residual)), 0);
  const largest = balances.reduce((m, b) => Math.max(m, b.inflow), 0);
  return {
    mode,
    unit: mode === 'COST_FLOW' ? 'EUR/h' : 'kW',
    nodes: [...nodes.values()],
    links,
    balance: { nodes: balances, maxResidual, ok: maxResidual <= BALANCE_TOLERANCE * Math.max(1, largest) },
  };
}
