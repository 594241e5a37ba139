/**
 * Throughput of the analysis engines: equipment analyses per second (the
 * demo plant's seven types in turn) and a 210-unit factory analysis with its
 * three Sankey modes.
 */
import { analyseEquipment, type EquipmentResult } from '../src/engine/equipment';
import { analyseFactory, buildFactorySankeys, type FactoryEquipmentInput } from '../src/engine/factory';
import { makeDeadState } from '../src/engine/thermo';
import { DEMO_EQUIPMENT } from '../src/db/demo-factory';

const context = { deadState: makeDeadState(), operatingHoursPerYear: 6000, energyPriceEurPerKWh: 0.08 };

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
  ];
}
