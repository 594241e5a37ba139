/**
 * Properties over random inputs for every type: an analysis either rejects
 * the input as physically inconsistent (a validation error naming parameters)
 * or returns a result whose balance closes to 1e-9 relative, with 0 ≤ η ≤ 100,
 * AV + UN = E_D and every number finite. Generators draw plausible plants so
 * that most draws are consistent (asserted, so the test cannot pass vacuously).
 */
import fc from 'fast-check';
import { analyseEquipment, EquipmentValidationError, type EquipmentTypeKey } from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';
import { DEFAULT_CARBON_SETTINGS } from '../../../src/engine/equipment/common/carbon';

type Params = Record<string, number | string | boolean>;

const deadState = fc.record({
  t: fc.double({ min: 0, max: 35, noNaN: true }),
  p: fc.double({ min: 90, max: 105, noNaN: true }),
});

const GENERATORS: Record<EquipmentTypeKey, fc.Arbitrary<{ subtype: string; parameters: Params }>> = {
  compressor: fc.record({
    subtype: fc.constantFrom('screw', 'screw_oilfree', 'piston', 'scroll', 'centrifugal', 'roots'),
    parameters: fc
      .record({
        power_kW: fc.double({ min: 5, max: 500, noNaN: true }),
        outlet_pressure_bar: fc.double({ min: 3, max: 12, noNaN: true }),
        specific: fc.double({ min: 5, max: 9, noNaN: true }),
        outlet_temp_C: fc.double({ min: 20, max: 120, noNaN: true }),
      })
      .map(({ specific, ...p }) => ({ ...p, flow_rate_m3_min: p.power_kW / specific })),
  }),
  boiler: fc.record({
    subtype: fc.constantFrom('steam_firetube', 'steam_watertube', 'biomass'),
    parameters: fc
      .record({
        fuel_flow_kg_h: fc.double({ min: 10, max: 2000, noNaN: true }),
        ratio: fc.double({ min: 4, max: 11, noNaN: true }),
        steam_pressure_bar: fc.double({ min: 2, max: 40, noNaN: true }),
        feedwater_temp_C: fc.double({ min: 20, max: 110, noNaN: true }),
        flue_gas_temp_C: fc.double({ min: 120, max: 300, noNaN: true }),
        excess_air_pct: fc.double({ min: 5, max: 60, noNaN: true }),
      })
      .map(({ ratio, ...p }) => ({ ...p, steam_flow_kg_h: p.fuel_flow_kg_h * ratio })),
  }),
  chiller: fc.record({
    subtype: fc.constantFrom('screw', 'centrifugal', 'scroll', 'reciprocating', 'water_cooled'),
    parameters: fc
      .record({
        cooling_capacity_kW: fc.double({ min: 20, max: 3000, noNaN: true }),
        cop: fc.double({ min: 2.5, max: 6.5, noNaN: true }),
        chw_supply_temp_C: fc.double({ min: 4, max: 10, noNaN: true }),
      })
      .map(({ cop, ...p }) => ({
        ...p,
        compressor_power_kW: p.cooling_capacity_kW / cop,
        chw_return_temp_C: p.chw_supply_temp_C + 5,
      })),
  }),
  pump: fc.record({
    subtype: fc.constantFrom(
      'centrifugal',
      'positive_displacement',
      'submersible',
      'vertical_turbine',
      'booster',
      'vacuum',
    ),
    parameters: fc
      .record({
        motor_power_kW: fc.double({ min: 1, max: 500, noNaN: true }),
        efficiency: fc.double({ min: 0.2, max: 0.75, noNaN: true }),
        total_head_m: fc.double({ min: 5, max: 200, noNaN: true }),
      })
      .map(({ efficiency, ...p }) => ({
        ...p,
        flow_rate_m3_h: (efficiency * p.motor_power_kW * 1000 * 3600) / (1000 * 9.80665 * p.total_head_m),
      })),
  }),
  heat_exchanger: fc.record({
    subtype: fc.constantFrom('shell_tube', 'plate', 'double_pipe', 'spiral'),
    parameters: fc
      .record({
        hot_inlet_temp_C: fc.double({ min: 60, max: 200, noNaN: true }),
        drop: fc.double({ min: 5, max: 40, noNaN: true }),
        cold_inlet_temp_C: fc.double({ min: 5, max: 40, noNaN: true }),
        hot_mass_flow_kg_s: fc.double({ min: 0.1, max: 20, noNaN: true }),
        recovered: fc.double({ min: 0.8, max: 1, noNaN: true }),
        rise: fc.double({ min: 5, max: 20, noNaN: true }),
      })
      .map(({ drop, recovered, rise, ...p }) => ({
        ...p,
        hot_outlet_temp_C: p.hot_inlet_temp_C - drop,
        cold_outlet_temp_C: p.cold_inlet_temp_C + rise,
        cold_mass_flow_kg_s: (recovered * p.hot_mass_flow_kg_s * drop) / rise,
      })),
  }),
  steam_turbine: fc.record({
    subtype: fc.constantFrom('back_pressure', 'condensing', 'extraction', 'micro_turbine'),
    parameters: fc.record({
      mass_flow_kg_s: fc.double({ min: 0.1, max: 50, noNaN: true }),
      inlet_pressure_bar: fc.double({ min: 10, max: 100, noNaN: true }),
      inlet_temp_C: fc.double({ min: 320, max: 550, noNaN: true }),
      isentropic_efficiency: fc.double({ min: 0.5, max: 0.9, noNaN: true }),
      is_chp: fc.boolean(),
    }),
  }),
  dryer: fc.record({
    subtype: fc.constantFrom('convective', 'rotary', 'fluidized_bed', 'spray', 'belt', 'heat_pump', 'infrared', 'drum'),
    parameters: fc.record({
      product_mass_flow_kg_h: fc.double({ min: 50, max: 10000, noNaN: true }),
      moisture_in_pct: fc.double({ min: 30, max: 80, noNaN: true }),
      moisture_out_pct: fc.double({ min: 2, max: 20, noNaN: true }),
    }),
  }),
};

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe.each(Object.keys(GENERATORS) as EquipmentTypeKey[])('%s', (type) => {
  it('balance closes, 0 ≤ η ≤ 100, AV + UN = E_D, all finite — or a validation error', () => {
    let analysed = 0;
    let runs = 0;
    fc.assert(
      fc.property(GENERATORS[type], deadState, ({ subtype, parameters }, dead) => {
        runs += 1;
        const context = {
          deadState: makeDeadState(dead.t, dead.p),
          operatingHoursPerYear: 6000,
          energyPriceEurPerKWh: 0.1,
          carbon: DEFAULT_CARBON_SETTINGS,
        };
        let r;
        try {
          r = analyseEquipment(type, { subtype, parameters, context });
        } catch (error) {
          expect(error).toBeInstanceOf(EquipmentValidationError);
          expect((error as EquipmentValidationError).issues.length).toBeGreaterThan(0);
          return;
        }
        analysed += 1;
        const residual = r.exergyFuelKW - r.exergyProductKW - r.exergyLossKW - r.exergyDestroyedKW;
        expect(Math.abs(residual)).toBeLessThanOrEqual(1e-9 * Math.max(r.exergyFuelKW, 1));
        expect(r.exergyDestroyedKW).toBeGreaterThanOrEqual(0);
        expect(r.exergyLossKW).toBeGreaterThanOrEqual(0);
        expect(r.exergeticEfficiencyPct ?? 0).toBeGreaterThanOrEqual(0);
        expect(r.exergeticEfficiencyPct ?? 0).toBeLessThanOrEqual(100);
        expect(r.exergyDestroyedAvoidableKW + r.exergyDestroyedUnavoidableKW).toBeCloseTo(r.exergyDestroyedKW, 9);
        expect(allFinite(r)).toBe(true);
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(analysed).toBeGreaterThan(runs * 0.5);
  });
});
