/**
 * The Sankey builder on a hand-checked three-unit plant (every node, link and
 * balance written out) and on a generated plant of 300 units with supply
 * chains: exact node and link counts, per-node balance, and the balances
 * identical (bit for bit) to summing the link list per node.
 */
import {
  buildFactorySankey,
  type FactoryEquipmentInput,
  type Sankey,
  type SankeyMode,
  type SankeyNode,
} from '../../../src/engine/factory';
import type { FuelKind } from '../../../src/engine/equipment/types';
import { DEFAULT_DEAD_STATE } from '../../../src/engine/thermo';
import { unit } from './fixtures';

const sankey = (equipment: FactoryEquipmentInput[], mode: SankeyMode) =>
  buildFactorySankey(
    { equipment, operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08, deadState: DEFAULT_DEAD_STATE },
    mode,
  );

describe('Sankey of a hand-checked plant', () => {
  // Boiler 1000 kW fuel → 400 kW steam (100 kW loss, 500 kW destroyed); the turbine takes 170 kW of
  // that steam → 120 kW (50 destroyed); a pump on grid power 15 → 5 (10 destroyed).
  const plant = [
    unit({ id: 'boiler', type: 'boiler', fuel: 1000, product: 400, loss: 100, fuelKind: 'fuel' }),
    unit({ id: 'turbine', type: 'steam_turbine', fuel: 170, product: 120, fuelKind: 'steam', supplierId: 'boiler' }),
    unit({ id: 'pump', type: 'pump', fuel: 15, product: 5 }),
  ];

  it('EXERGY_FLOW: every node, link and balance', () => {
    const equipmentNode = (id: string): SankeyNode => ({
      id: `equipment:${id}`,
      label: id,
      kind: 'equipment',
      color: '#34495e',
      equipmentId: id,
    });
    const expected: Sankey = {
      mode: 'EXERGY_FLOW',
      unit: 'kW',
      nodes: [
        { id: 'products', label: 'Useful products', kind: 'product', color: '#27ae60', equipmentId: null },
        { id: 'losses', label: 'Exergy losses', kind: 'loss', color: '#f39c12', equipmentId: null },
        { id: 'destruction', label: 'Exergy destruction', kind: 'destruction', color: '#e74c3c', equipmentId: null },
        equipmentNode('boiler'),
        equipmentNode('turbine'),
        equipmentNode('pump'),
        { id: 'source:fuel', label: 'Fuels', kind: 'source', color: '#e67e22', equipmentId: null },
        { id: 'source:electricity', label: 'Electricity', kind: 'source', color: '#3498db', equipmentId: null },
      ],
      links: [
        {
          source: 'source:fuel',
          target: 'equipment:boiler',
          value: 1000,
          kind: 'fuel',
          color: '#e67e22',
          label: 'Fuels → boiler',
        },
        // 400 kW of steam less the 170 kW the turbine takes
        {
          source: 'equipment:boiler',
          target: 'products',
          value: 230,
          kind: 'product',
          color: '#27ae60',
          label: 'boiler product',
        },
        {
          source: 'equipment:boiler',
          target: 'losses',
          value: 100,
          kind: 'loss',
          color: '#f39c12',
          label: 'boiler losses',
        },
        {
          source: 'equipment:boiler',
          target: 'destruction',
          value: 500,
          kind: 'destruction',
          color: '#e74c3c',
          label: 'boiler destruction',
        },
        // the turbine's fuel is all internal: no boundary link, no heat source node
        {
          source: 'equipment:boiler',
          target: 'equipment:turbine',
          value: 170,
          kind: 'internal',
          color: '#8e44ad',
          label: 'internal supply → turbine',
        },
        {
          source: 'equipment:turbine',
          target: 'products',
          value: 120,
          kind: 'product',
          color: '#27ae60',
          label: 'turbine product',
        },
        {
          source: 'equipment:turbine',
          target: 'destruction',
          value: 50,
          kind: 'destruction',
          color: '#e74c3c',
          label: 'turbine destruction',
        },
        {
          source: 'source:electricity',
          target: 'equipment:pump',
          value: 15,
          kind: 'fuel',
          color: '#3498db',
          label: 'Electricity → pump',
        },
        {
          source: 'equipment:pump',
          target: 'products',
          value: 5,
          kind: 'product',
          color: '#27ae60',
          label: 'pump product',
        },
        {
          source: 'equipment:pump',
          target: 'destruction',
          value: 10,
          kind: 'destruction',
          color: '#e74c3c',
          label: 'pump destruction',
        },
      ],
      balance: {
        nodes: [
          { nodeId: 'equipment:boiler', inflow: 1000, outflow: 1000, residual: 0 },
          { nodeId: 'equipment:turbine', inflow: 170, outflow: 170, residual: 0 },
          { nodeId: 'equipment:pump', inflow: 15, outflow: 15, residual: 0 },
        ],
        maxResidual: 0,
        ok: true,
      },
    };
    expect(sankey(plant, 'EXERGY_FLOW')).toEqual(expected);
  });
});

const KINDS: FuelKind[] = ['electricity', 'fuel', 'heat', 'steam'];
const N = 300;

/**
 * Unit i: fuel 100 + i kW, product 60 + i/2, a 5 kW loss unless i is a multiple of 3, on a
 * rotating fuel kind; every unit with i % 5 = 4 takes its fuel from unit i − 1 and, needing more
 * than that unit's whole product, takes all of it (so the supplier draws no product link).
 */
function generatedPlant(): FactoryEquipmentInput[] {
  return Array.from({ length: N }, (_, i) =>
    unit({
      id: `u${i}`,
      type: 'pump',
      fuel: 100 + i,
      product: 60 + i / 2,
      loss: i % 3 === 0 ? 0 : 5,
      fuelKind: KINDS[i % 4],
      supplierId: i % 5 === 4 ? `u${i - 1}` : null,
    }),
  );
}

/** The balance as a plain scan of the link list per node (the builder's original, quadratic method). */
function scannedBalances(s: Sankey) {
  return s.balance.nodes.map(({ nodeId }) => {
    const inflow = s.links.filter((l) => l.target === nodeId).reduce((sum, l) => sum + l.value, 0);
    const outflow = s.links.filter((l) => l.source === nodeId).reduce((sum, l) => sum + l.value, 0);
    return { nodeId, inflow, outflow, residual: inflow - outflow };
  });
}

describe(`Sankey of a generated plant of ${N} units`, () => {
  const plant = generatedPlant();
  const consumers = plant.filter((_, i) => i % 5 === 4).length; // 60, and as many suppliers
  const lossy = plant.filter((_, i) => i % 3 !== 0).length; // 200

  it.each([
    ['EXERGY_FLOW', 1],
    ['DESTRUCTION_FOCUS', 2],
    ['COST_FLOW', 1],
  ] as [SankeyMode, number][])('%s: exact node and link counts, every unit balances', (mode, destructionSinks) => {
    const s = sankey(plant, mode);
    // products, losses, the destruction sink(s), the units, and three sources (heat and steam share one)
    expect(s.nodes).toHaveLength(2 + destructionSinks + N + 3);
    expect(s.nodes.slice(2 + destructionSinks + N).map((n) => n.id)).toEqual([
      'source:electricity',
      'source:fuel',
      'source:heat',
    ]);
    const count = (kind: string) => s.links.filter((l) => l.kind === kind).length;
    expect(count('fuel')).toBe(N); // every unit needs more than its supplier gives
    expect(count('internal')).toBe(consumers);
    expect(count('product')).toBe(N - consumers); // suppliers give all their product away
    expect(count('loss')).toBe(lossy);
    if (mode === 'DESTRUCTION_FOCUS') {
      expect(count('avoidable')).toBe(N);
      expect(count('unavoidable')).toBe(N);
    } else expect(count('destruction')).toBe(N);
    expect(s.links).toHaveLength(N + consumers + (N - consumers) + lossy + destructionSinks * N);

    expect(s.balance.ok).toBe(true);
    expect(s.balance.nodes).toHaveLength(N);
    const scale = mode === 'COST_FLOW' ? 0.1 : 1; // every fixture's fuel costs 0.1 EUR/kWh
    s.balance.nodes.forEach((b, i) => {
      expect(b.nodeId).toBe(`equipment:u${i}`);
      expect(b.inflow).toBeCloseTo((100 + i) * scale, 9);
      expect(Math.abs(b.residual)).toBeLessThanOrEqual(1e-9 * b.inflow);
    });
    expect(s.balance.nodes).toEqual(scannedBalances(s));
    expect(s.balance.maxResidual).toBe(Math.max(...s.balance.nodes.map((b) => Math.abs(b.residual))));
  });
});
