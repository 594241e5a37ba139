/**
 * The report's Grassmann diagram of a large plant, drawn by equipment type: every type node still balances (what
 * flows in flows out), the boundary flows are the per-unit diagram's, and d3-sankey lays it out.
 */
import { buildFactorySankey, type FactoryEquipmentInput } from '../../src/engine/factory';
import { LABELS } from '../../src/modules/report/report-labels';
import { reportSankey, SANKEY_UNIT_LIMIT } from '../../src/modules/report/report-sankey';
import { sankeySvg } from '../../src/modules/report/report-svg';
import { makeDeadState } from '../../src/engine/thermo';
import { analysedDemoPlant } from '../support/demo-plant';

const { equipment } = analysedDemoPlant();
// the demo plant four times, the copies keeping their own supply links
const copies: FactoryEquipmentInput[] = [0, 1, 2, 3].flatMap((copy) =>
  equipment.map((e) => ({
    ...e,
    id: `${e.id}-${copy}`,
    name: `${e.name} #${copy}`,
    supplierId: e.supplierId && `${e.supplierId}-${copy}`,
  })),
);
const perUnit = buildFactorySankey(
  {
    equipment: copies,
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    deadState: makeDeadState(),
  },
  'EXERGY_FLOW',
);
const { sankey, grouped } = reportSankey(perUnit, copies, LABELS.en, (u) => u.type);

it('groups a plant above the limit by type, each node balanced, the boundary flows unchanged', () => {
  expect(copies.length).toBeGreaterThan(SANKEY_UNIT_LIMIT);
  expect(grouped).toBe(true);
  const types = sankey.nodes.filter((n) => n.kind === 'equipment');
  expect(types.map((n) => n.label).sort()).toEqual(
    ['boiler', 'chiller', 'compressor', 'dryer', 'heat_exchanger', 'pump', 'steam_turbine'].map((t) => `${t} (4)`),
  );
  for (const node of types) {
    const inflow = sankey.links.filter((l) => l.target === node.id).reduce((s, l) => s + l.value, 0);
    const outflow = sankey.links.filter((l) => l.source === node.id).reduce((s, l) => s + l.value, 0);
    expect(Math.abs(inflow - outflow)).toBeLessThan(1e-6 * Math.max(1, inflow));
  }
  const boundary = (d: typeof sankey, kind: string) =>
    d.links.filter((l) => l.kind === kind).reduce((s, l) => s + l.value, 0);
  for (const kind of ['fuel', 'product', 'loss', 'destruction']) {
    expect(boundary(sankey, kind)).toBeCloseTo(boundary(perUnit, kind), 6);
  }
  // the boiler supplies the turbine inside each copy: that flow joins two types, so it stays, summed
  const internal = sankey.links.filter((l) => l.kind === 'internal');
  expect(internal.length).toBeGreaterThan(0);
  expect(sankeySvg(sankey)).toContain('<path');
});

it('keeps a small plant unit by unit, its sources named in the report’s language', () => {
  const small = reportSankey(perUnit, copies.slice(0, 7), LABELS.tr, (u) => u.type);
  expect(small.grouped).toBe(false);
  expect(small.sankey.nodes.some((n) => n.label === 'Yakıtlar')).toBe(true);
});
