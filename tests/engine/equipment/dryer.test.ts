/** dryer (spec/equipment.md): every subtype's defaults and the rejection of inconsistent input. */
import { dryerModule } from '../../../src/engine/equipment/dryer';
import { analyseEquipment } from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';
import { context, expectSound, issuesOf, run } from '../../support/engine';

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

describe('energy balance: the heater duty heats the drying air from ambient to supply', () => {
  it('refuses a heat input the air cannot give up between supply and exhaust', () => {
    // 1000 kg/h 60 % → 10 %, 500 kW, air 25 → 200 °C, exhaust 80 °C: the air gives up 500 · [h(473.15) − h(353.15)]/
    // [h(473.15) − h(298.15)] = 500 · 122.0983/177.4450 = 344.045 kW (ideal-gas air; 500 · 120/175 = 342.857 kW at
    // constant cp), less than evaporation 364.105 + product heating 5.4185 = 369.523 kW (worked-examples.test.ts).
    // Accepted before, when the air flow was taken as Q/(cp (T_sup − T_exh)).
    const issues = issuesOf('dryer', 'convective', {
      product_mass_flow_kg_h: 1000,
      moisture_in_pct: 60,
      moisture_out_pct: 10,
      heat_input_kW: 500,
    });
    expect(issues.map((i) => i.path)).toEqual(['heat_input_kW', 'air_outlet_temp_C', 'supply_temp_C']);
    expect(issues[0].message).toMatch(/gives up 344\.0 kW, less than the 369\.5 kW/);
  });

  it('a product that enters hot and cools while drying: its heat counts as heat supplied, its exergy drop as fuel', () => {
    // 1000 kg/h, 10 % → 9 %: dry 900 kg/h, out 900/0.91 = 989.011 kg/h, water 10.98901 kg/h;
    // evaporation at 60 °C: 10.98901 · (2501 − 2.36 · 60)/3600 = 7.202076 kW;
    // product 200 → 60 °C: 989.011 · 1.254 · (−140)/3600 = −48.230769 kW (released);
    // η_th = 7.202076/(100 + 48.230769) = 4.8587 % (the former (7.202076 − 48.230769)/100 gave −41.03 %)
    // exergy: product drop 989.011/3600 · 1.254 · [−140 − 298.15 · ln(333.15/473.15)] = −12.196573 kW → fuel;
    // E_F = 1.04 · 100 + 12.196573 = 116.196573 kW; E_P = 7.202076 · (1 − 298.15/333.15) = 0.756634 kW
    const r = run('dryer', 'convective', {
      product_mass_flow_kg_h: 1000,
      moisture_in_pct: 10,
      moisture_out_pct: 9,
      product_inlet_temp_C: 200,
      product_outlet_temp_C: 60,
      heat_input_kW: 100,
    });
    expect(r.metrics.thermalEfficiencyPct).toBeCloseTo(4.8587, 3);
    expect(r.energyEfficiencyPct).toBe(r.metrics.thermalEfficiencyPct);
    expect(r.exergyFuelKW).toBeCloseTo(116.196573, 5);
    expect(r.exergyProductKW).toBeCloseTo(0.756634, 5);
    expectSound(r);
  });

  it('refuses drying air supplied no warmer than the ambient (a 55 °C ambient, 50 °C supply)', () => {
    const hot = { ...context, deadState: makeDeadState(55) };
    const parameters = {
      product_mass_flow_kg_h: 1000,
      moisture_in_pct: 60,
      moisture_out_pct: 10,
      supply_temp_C: 50,
      air_outlet_temp_C: 40,
    };
    expect(() => analyseEquipment('dryer', { subtype: 'convective', parameters, context: hot })).toThrow(
      /supplied at 50\.0 °C is not above the 55\.0 °C ambient/,
    );
  });
});
