/**
 * Throughput of the analysis engines: equipment analyses per second (the
 * demo plant's seven types in turn), a 210-unit factory analysis with its
 * three Sankey modes, the Sankey alone at 70, 700 and 1,400 units (it must
 * scale linearly), and IF97 region-3 states from (p, T) (issue "Lean storage
 * and a fast request path": ≥ 300 k evaluations/s).
 */
import { analyseEquipment, type EquipmentResult } from '../src/engine/equipment';
import { analyseFactory, buildFactorySankeys, type FactoryEquipmentInput } from '../src/engine/factory';
import { buildSankey } from '../src/engine/factory/sankey';
import { allocateSupply } from '../src/engine/factory/totals';
import { b23PressureMPa, makeDeadState, waterStatePT } from '../src/engine/thermo';
import { DEMO_EQUIPMENT } from '../src/db/demo-factory';
import { DEFAULT_CARBON_SETTINGS } from '../src/engine/equipment/common/carbon';

const context = {
  deadState: makeDeadState(),
  operatingHoursPerYear: 6000,
  energyPriceEurPerKWh: 0.08,
  carbon: DEFAULT_CARBON_SETTINGS,
};

function analyseDemo(i: number): EquipmentResult {
  const e = DEMO_EQUIPMENT[i % DEMO_EQUIPMENT.length];
  return analyseEquipment(e.type, { subtype: e.subtype!, parameters: e.parameters as Record<string, number>, context });
}

export function run(): { name: string; value: number; unit: string }[] {
  for (let i = 0; i < 2000; i++) analyseDemo(i);
  const n = 20000;
  let start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) analyseDemo(i);
  const perSecond = n / (Number(process.hrtime.bigint() - start) / 1e9);

  const units: FactoryEquipmentInput[] = Array.from({ length: 210 }, (_, i) => ({
    id: `u${i}`,
    name: `Unit ${i}`,
    type: DEMO_EQUIPMENT[i % 7].type,
    subtype: DEMO_EQUIPMENT[i % 7].subtype!,
    result: analyseDemo(i),
    supplierId: null,
  }));
  const input = { equipment: units, ...context };
  const runs = 50;
  start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    analyseFactory(input);
    buildFactorySankeys(input, ['EXERGY_FLOW', 'DESTRUCTION_FOCUS', 'COST_FLOW']);
  }
  const factoryMs = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  return [
    { name: 'equipment analyses', value: perSecond, unit: 'analyses/s' },
    { name: 'factory of 210 units + 3 Sankeys', value: factoryMs, unit: 'ms/run' },
    ...[70, 700, 1400].map((count) => ({
      name: `Sankey of ${count} units (EXERGY_FLOW)`,
      value: sankeyMs(count),
      unit: 'ms/run',
    })),
    { name: 'IF97 region 3 (p,T) states', value: region3PerSecond(), unit: 'evaluations/s' },
  ];
}

/** A plant of `count` demo units where every fourth unit takes its fuel from the unit before it. */
function plantOf(count: number): FactoryEquipmentInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    name: `Unit ${i}`,
    type: DEMO_EQUIPMENT[i % 7].type,
    subtype: DEMO_EQUIPMENT[i % 7].subtype!,
    result: analyseDemo(i),
    supplierId: i % 4 === 3 ? `u${i - 1}` : null,
  }));
}

/** Mean time of buildSankey alone (the allocation is computed once, outside the timing). */
function sankeyMs(count: number): number {
  const equipment = plantOf(count);
  const allocation = allocateSupply(equipment);
  const runs = Math.max(5, Math.round(20000 / count));
  for (let i = 0; i < 3; i++) buildSankey(equipment, allocation, 'EXERGY_FLOW', null);
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) buildSankey(equipment, allocation, 'EXERGY_FLOW', null);
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

/**
 * waterStatePT over a fixed grid of region-3 states: 16.6–100 MPa, 623.15 K
 * to the B23 line, liquid- and vapour-like, including the near-critical box.
 */
function region3PerSecond(): number {
  const points: [number, number][] = [];
  for (let p = 16.6; p <= 100; p += 0.37)
    for (let t = 623.2; t <= 863; t += 1.9)
      if (p > b23PressureMPa(t) && waterStatePT(p, t).region === 3) points.push([p, t]);
  for (let p = 21.5; p <= 23; p += 0.05)
    for (let t = 644; t <= 650; t += 0.13) if (waterStatePT(p, t).region === 3) points.push([p, t]);
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += waterStatePT(...points[i % points.length]).enthalpyKJPerKg;
  const n = 200000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += waterStatePT(...points[i % points.length]).enthalpyKJPerKg;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!Number.isFinite(sink)) throw new Error('non-finite result');
  return n / seconds;
}
