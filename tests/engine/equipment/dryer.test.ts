/** dryer (spec/equipment.md): every subtype's defaults and the rejection of inconsistent input. */
import { dryerModule } from '../../../src/engine/equipment/dryer';
import { expectSound, issuesOf, run } from '../../support/engine';

describe.each(dryerModule.subtypes.map((s) => s.key))('defaults of subtype %s', (subtype) => {
  it('analyse runs, all numbers finite, balance closes to 1e-9 relative, 0 ≤ η ≤ 100, AV + UN = E_D', () => {
    // the required inputs
    expectSound(run('dryer', subtype, { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 }));
  });
});

it('water removed from 1000 kg/h wet product, 60 % → 10 % moisture (wet basis)', () => {
  // dry solids 1000·0.4 = 400 kg/h; out 400/0.9 = 444.44 kg/h; water removed 1000 − 444.44 = 555.56 kg/h
  const r = run('dryer', 'convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 });
  expect(r.metrics.waterRemovedKgPerH).toBeCloseTo(555.556, 2);
});

it('rejects moisture out ≥ moisture in', () => {
  expect(
    issuesOf('dryer', 'convective', { product_mass_flow_kg_h: 1000, moisture_in_pct: 10, moisture_out_pct: 10 }),
  ).toEqual([
    expect.objectContaining({
      path: 'moisture_out_pct',
      code: 'INCONSISTENT',
      message: expect.stringMatching(/must be below moisture in/),
    }),
  ]);
});
