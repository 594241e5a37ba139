/**
 * Process minimum exergy, BAT table and gap analysis — seed 001 §5 tests
 * ported, with hand-computed cases (dead state 25 °C, 101.325 kPa).
 */
import {
  analyseGap,
  batReferences,
  getBatReference,
  gradeOf,
  gapStatusOf,
  minimumExergy,
  PROCESS_TYPES,
  PROCESS_TYPE_KEYS,
  resolvedProcessParameters,
  validateProcessDefinition,
  type GapInput,
  type ProcessTypeKey,
} from '../../../src/engine/process';
import { DEFAULT_DEAD_STATE as dead } from '../../../src/engine/thermo';

const min = (type: ProcessTypeKey, params: Record<string, number>, subcategory = 'general') =>
  minimumExergy(type, subcategory, resolvedProcessParameters(type, subcategory, params), dead);

describe('minimum exergy', () => {
  it('heating 1000 kg/h water 20 → 80 °C: Q (1 − T0/T_lm)', () => {
    // Q = 1000/3600 · 4.18 · 60 = 69.6667 kW; T_lm = 60/ln(353.15/293.15) = 322.2195 K; × (1 − 298.15/322.2195) = 5.20403 kW
    const r = min('heating', { mass_flow_kg_h: 1000, temp_in_C: 20, temp_out_C: 80 });
    expect(r.minimumExergyKW).toBeCloseTo(5.20403, 4);
    expect(r.specificMinimumKWhPerUnit).toBeCloseTo(5.20403 / 1000, 7);
  });

  it('compressed air 10 m³/min to 7 bar absolute: isothermal work', () => {
    // ṁ = 10/60 · 1.183933 = 0.197321 kg/s; W = ṁ · 0.28705 · 298.15 · ln(700/101.325) = 32.6393 kW → 0.054399 kWh/m³
    const r = min('compressed_air', { air_flow_m3_min: 10, discharge_pressure_bar: 7, inlet_temp_C: 25 });
    expect(r.minimumExergyKW).toBeCloseTo(32.6393, 3);
    expect(r.specificMinimumKWhPerUnit).toBeCloseTo(0.054399, 5);
    // 7 bar gauge = 8.01325 bar absolute → 0.058204 kWh/m³
    expect(
      min('compressed_air', { air_flow_m3_min: 10, discharge_pressure_bar: 8.01325, inlet_temp_C: 25 })
        .specificMinimumKWhPerUnit,
    ).toBeCloseTo(0.058204, 5);
  });

  it('cooling 100 kW at −20 °C: reverse Carnot Q (T0/T − 1)', () => {
    // 100 · (298.15/253.15 − 1) = 17.7760 kW
    expect(min('cooling', { cooling_load_kW: 100, cold_temp_C: -20 }).minimumExergyKW).toBeCloseTo(17.776, 3);
    expect(min('cold_storage', { heat_load_kW: 100, target_temp_C: -20 }).minimumExergyKW).toBeCloseTo(17.776, 3);
  });

  it('10 bar saturated steam from 20 °C feedwater: ≈ 818 kJ/kg net, IF97', () => {
    // ex(10 bar sat. vapour) = 818.35 kJ/kg (reference, CoolProp); ex(20 °C water) = (83.92 − 104.93) − 298.15 (0.29650 − 0.36722) = 0.0846 kJ/kg
    // at 1 atm; the feedwater is at the steam pressure (the feed pump's work belongs to the rise): compressed from
    // P_sat = 2.339 kPa to 1000 kPa, + v_f (P − P_sat)(1 − α (T − T0)) = 0.001002 · 997.66 · (1 + 2.07e-4 · 5) = 1.0007
    // → ex_feed = 1.0853 kJ/kg, net 818.3466 − 1.0853 = 817.2613 kJ/kg
    const r = min('steam_generation', { steam_flow_kg_h: 3600, steam_pressure_bar: 10 });
    expect(Math.abs(r.minimumExergyKW - (818.3466 - 1.0853))).toBeLessThan(0.5);
  });

  it('10 bar saturated steam from 150 °C feedwater: the feedwater is liquid at the steam pressure', () => {
    // Çengel & Boles Table A-4 at 150 °C: P_sat = 476.16 kPa, v_f = 0.001091 m³/kg, h_f = 632.18 kJ/kg,
    // s_f = 1.8418 kJ/(kg·K); ex = h − T0·s + 4.5605 (dead-state g0, see worked-examples.test.ts):
    // ex_f = 632.18 − 298.15·1.8418 + 4.5605 = 87.6078 kJ/kg; compressed to 10 bar (α ≈ 1.02e-3 /K at 150 °C):
    // + v_f (P − P_sat)(1 − α (T − T0)) = 0.001091 · 523.84 · 0.8725 = 0.4987 → ex_feed = 88.1065 kJ/kg;
    // steam ex = 818.3466 kJ/kg (shared/reference, CoolProp): 1000/3600 · (818.3466 − 88.1065) = 202.844 kW
    // (the issue quotes 202.9 kW). At the dead-state pressure the 150 °C "feedwater" would be vapour and give 84.9 kW.
    const r = min('steam_generation', { steam_flow_kg_h: 1000, steam_pressure_bar: 10, feedwater_temp_C: 150 });
    expect(Math.abs(r.minimumExergyKW - 202.844)).toBeLessThan(0.2);
  });

  it('5 bar saturated steam from 150 °C feedwater, 1.8 K below saturation: still liquid feedwater', () => {
    // T_sat(5 bar) = 151.83 °C, ex_g = 719.0896 kJ/kg (shared/reference, CoolProp); feedwater as above, compressed
    // from 476.16 to 500 kPa: 87.6078 + 0.001091 · 23.84 · 0.8725 = 87.6305 kJ/kg → 1000/3600 · 631.4591 = 175.405 kW
    const r = min('steam_generation', { steam_flow_kg_h: 1000, steam_pressure_bar: 5, feedwater_temp_C: 150 });
    expect(Math.abs(r.minimumExergyKW - 175.405)).toBeLessThan(0.2);
  });

  it('drying: 50 kJ per kg water removed plus material heating', () => {
    // dry 400 kg/h; water 400·(60/40) − 400·(10/90) = 600 − 44.44 = 555.56 kg/h → 555.56 · 50 / 3600 = 7.7160 kW
    const r = min('drying', {
      mass_flow_kg_h: 1000,
      moisture_in_pct: 60,
      moisture_out_pct: 10,
      material_outlet_temp_C: 20,
    });
    expect(r.minimumExergyKW).toBeCloseTo(7.716, 3);
    expect(r.productionRatePerH).toBeCloseTo(555.556, 2);
    const heated = min('drying', {
      mass_flow_kg_h: 1000,
      moisture_in_pct: 60,
      moisture_out_pct: 10,
      material_outlet_temp_C: 60,
    });
    expect(heated.minimumExergyKW).toBeGreaterThan(r.minimumExergyKW);
  });

  it('CHP: electricity plus heat × Carnot', () => {
    // 400 + 500 · (1 − 298.15/363.15) = 400 + 89.4947 = 489.4947 kW
    expect(
      min('chp', { fuel_input_kW: 1000, electrical_output_kW: 400, thermal_output_kW: 500 }).minimumExergyKW,
    ).toBeCloseTo(489.4947, 3);
  });

  it('every type has a catalog with labels, parameters and a general subcategory', () => {
    expect(PROCESS_TYPES.map((p) => p.key)).toEqual(PROCESS_TYPE_KEYS);
    expect(PROCESS_TYPES).toHaveLength(8);
    for (const type of PROCESS_TYPES) {
      expect(type.subcategories.map((s) => s.key)).toContain('general');
      expect(type.labelTr.length).toBeGreaterThan(2);
      expect(type.parameters.some((p) => p.required)).toBe(true);
    }
  });
});

describe('BAT references', () => {
  it('every row has a positive value, a technology and a source', () => {
    for (const type of PROCESS_TYPE_KEYS) {
      for (const row of batReferences(type)) {
        expect(row.specificExergy).toBeGreaterThan(0);
        expect(row.exergyEfficiencyPct).toBeGreaterThan(0);
        expect(row.exergyEfficiencyPct).toBeLessThan(100);
        expect(row.technology.length).toBeGreaterThan(5);
        expect(row.source.length).toBeGreaterThan(5);
      }
    }
  });

  it('falls back to general for an unknown subcategory', () => {
    expect(getBatReference('drying', 'moon_rocks').subcategory).toBe('general');
  });

  it('is never below the thermodynamic minimum for the same duty (every row)', () => {
    const duties: Record<ProcessTypeKey, Record<string, number>> = {
      drying: { mass_flow_kg_h: 1000, moisture_in_pct: 60, moisture_out_pct: 10 },
      heating: { mass_flow_kg_h: 1000, temp_in_C: 20, temp_out_C: 180 },
      cooling: { cooling_load_kW: 100, cold_temp_C: -40 },
      steam_generation: { steam_flow_kg_h: 1000, steam_pressure_bar: 40 },
      compressed_air: { air_flow_m3_min: 10, discharge_pressure_bar: 40 },
      chp: { fuel_input_kW: 1000, electrical_output_kW: 450, thermal_output_kW: 450 },
      cold_storage: { heat_load_kW: 100, target_temp_C: -60 },
      general_manufacturing: { production_rate_ton_h: 10 },
    };
    for (const type of PROCESS_TYPE_KEYS) {
      for (const row of batReferences(type)) {
        const gap = analyseGap({ ...gapInput(type, duties[type], 1e9), subcategory: row.subcategory });
        expect(gap.batExergyKW).toBeGreaterThanOrEqual(gap.minimumExergyKW);
      }
    }
  });

  it('drying BAT includes the material heating the minimum includes (small water removal, large heating)', () => {
    // 1000 kg/h, 10 % → 9.9 % moisture, material 20 → 300 °C, dead state 25 °C:
    // dry 900 kg/h; water 900·(10/90) − 900·(9.9/90.1) = 1.109878 kg/h → removal 1.109878 · 50/3600 = 0.015415 kW;
    // heating Q = 1000 · 2.0 · 280/3600 = 155.5556 kW at T_lm = 280/ln(573.15/293.15) = 417.6218 K
    // → 155.5556 · (1 − 298.15/417.6218) = 44.50080 kW; minimum 44.51622 kW.
    // The per-kg-water row alone gave 1.109878 · 0.22 = 0.24417 kW, far below the minimum; BAT now delivers the
    // heating at the row's exergetic efficiency (30 %): 0.24417 + 44.50080/0.30 = 148.5802 kW.
    const params = {
      mass_flow_kg_h: 1000,
      moisture_in_pct: 10,
      moisture_out_pct: 9.9,
      material_inlet_temp_C: 20,
      material_outlet_temp_C: 300,
    };
    const gap = analyseGap(gapInput('drying', params, 1000));
    expect(gap.minimumExergyKW).toBeCloseTo(44.51622, 4);
    expect(gap.batExergyKW).toBeCloseTo(148.5802, 3);
  });

  it('the compressed-air BAT is a real compressor, not the original’s 0.005 kWh/m³', () => {
    const row = getBatReference('compressed_air', 'general');
    expect(row.specificExergy).toBeGreaterThanOrEqual(0.09);
    expect(row.specificExergy).toBeLessThanOrEqual(0.11);
  });
});

function gapInput(type: ProcessTypeKey, params: Record<string, number>, actualExergyKW: number): GapInput {
  return {
    processType: type,
    processLabel: null,
    subcategory: 'general',
    parameters: resolvedProcessParameters(type, 'general', params),
    actualExergyKW,
    equipment: [
      { equipmentId: 'a', name: 'Boiler', type: 'boiler', exergyDestroyedKW: 60 },
      { equipmentId: 'b', name: 'Pump', type: 'pump', exergyDestroyedKW: 30 },
      { equipmentId: 'c', name: 'Valve', type: 'pump', exergyDestroyedKW: 10 },
    ],
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    deadState: dead,
  };
}

describe('gap analysis', () => {
  const heating = { mass_flow_kg_h: 10000, temp_in_C: 20, temp_out_C: 80 }; // minimum 52.0403 kW, BAT /0.30 = 173.468 kW
  const gap = analyseGap(gapInput('heating', heating, 500));

  it('minimum < BAT < actual, and the gaps add up', () => {
    expect(gap.minimumExergyKW).toBeCloseTo(52.0403, 3);
    expect(gap.batExergyKW).toBeCloseTo(52.0403 / 0.3, 3);
    expect(gap.totalGapKW).toBeCloseTo(gap.batGapKW + gap.technologyGapKW, 9);
    expect((gap.batGapPct ?? 0) + (gap.technologyGapPct ?? 0)).toBeCloseTo(gap.totalGapPct ?? 0, 9);
    expect(gap.warnings).toEqual([]);
  });

  it('waterfall running sum ends at the actual plant input (Plotly total = running sum)', () => {
    const w = gap.waterfall;
    const running = w.values.slice(0, -1).reduce((sum, v) => sum + v, 0);
    expect(running).toBeCloseTo(gap.actualExergyKW, 9); // tolerance 1e-9 kW
    expect(w.measures[w.measures.length - 1]).toBe('total');
    expect(w.labels).toHaveLength(w.values.length);
  });

  it('grade boundaries: just below each threshold falls to the next grade (seed 001 thresholds)', () => {
    expect([0.4999, 0.3499, 0.1999, 0.0999, 0.0499, 0].map((esi) => gradeOf(esi).grade)).toEqual([
      'B',
      'C',
      'D',
      'E',
      'F',
      'F',
    ]);
  });

  it('ESI = minimum/actual and the seed’s grade thresholds', () => {
    expect(gap.exergeticSustainabilityIndex).toBeCloseTo(52.0403 / 500, 6);
    expect(gap.grade).toBe('D');
    expect([0.5, 0.35, 0.2, 0.1, 0.05, 0.0499].map((esi) => gradeOf(esi).grade)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
  });

  it('costs the gaps per year and distributes them over the equipment', () => {
    expect(gap.annualTotalGapCostEur).toBeCloseTo((500 - 52.0403) * 0.08 * 6000, 1);
    expect(gap.gapDistribution.map((d) => [d.equipmentName, d.gapSharePct, d.priority])).toEqual([
      ['Boiler', 60, 'critical'],
      ['Pump', 30, 'high'],
      ['Valve', 10, 'medium'],
    ]);
    expect(gap.gapDistribution[2].cumulativePct).toBeCloseTo(100, 9);
  });

  it('gives Plotly-ready charts', () => {
    // minimum, technology gap, 3 equipment, 'Other losses' (500 − 173.468 − 100 kW), total
    expect(gap.waterfall.measures).toEqual([
      'absolute',
      'relative',
      'relative',
      'relative',
      'relative',
      'relative',
      'total',
    ]);
    expect(gap.waterfall.labels[5]).toBe('Other losses');
    expect(gap.waterfall.values[5]).toBeCloseTo(500 - 52.0403 / 0.3 - 100, 3); // tolerance 5e-4 kW
    expect(gap.waterfall.values[0]).toBe(gap.minimumExergyKW);
    expect(gap.comparisonBar.values).toEqual([gap.minimumExergyKW, gap.batExergyKW, gap.actualExergyKW]);
    expect(gap.gapPie.values).toEqual([60, 30, 10]);
  });

  it('reports a plant better than BAT instead of rewriting BAT (the seed capped it at 0.7 × actual)', () => {
    const better = analyseGap(gapInput('heating', heating, 100));
    expect(better.batExergyKW).toBeCloseTo(52.0403 / 0.3, 3);
    expect(better.batGapKW).toBeLessThan(0);
    expect(better.warnings.join(' ')).toMatch(/better than BAT/);
  });

  it('does not grade a plant whose input is below the minimum (the seed graded it A at ESI 1)', () => {
    // The README's old example: a 37 kW compressor against the 52.04 kW minimum of heating 10 t/h from 20 to 80 °C.
    const impossible = analyseGap(gapInput('heating', heating, 37));
    expect(impossible.status).toBe('incomplete');
    expect(impossible.grade).toBeNull();
    expect(impossible.gradeDescriptionEn).toMatch(/^Not graded/);
    expect(impossible.warnings.join(' ')).toContain(
      "Not graded (INCOMPLETE): the thermodynamic minimum 52.0 kW exceeds the plant's exergy input 37.0 kW",
    );
    expect(impossible.warningsTr.join(' ')).toContain('Not verilmedi (EKSİK)');
  });

  it('has nothing to grade without exergy input or without a positive minimum, and null ratios for zero denominators', () => {
    const empty = analyseGap(gapInput('heating', heating, 0));
    expect([empty.status, empty.grade]).toEqual(['inconsistent', null]);
    expect(empty.totalGapPct).toBeNull();
    expect(empty.exergeticSustainabilityIndex).toBe(0);
    const noDuty = analyseGap(gapInput('cooling', { cooling_load_kW: 100, cold_temp_C: 30 }, 50)); // above T0: no cooling duty, minimum 0
    expect(noDuty.actualToMinimumRatio).toBeNull();
    expect([noDuty.status, noDuty.grade]).toEqual(['inconsistent', null]);
    expect(noDuty.warnings.join(' ')).toContain('Not graded (INCONSISTENT)');
  });

  it('grades a plant exactly at the minimum A (ESI 1), and one a hair below not at all', () => {
    const minimum = analyseGap(gapInput('heating', heating, 100)).minimumExergyKW;
    const atMinimum = analyseGap(gapInput('heating', heating, minimum));
    expect([atMinimum.status, atMinimum.grade, atMinimum.exergeticSustainabilityIndex]).toEqual(['ok', 'A', 1]);
    const below = analyseGap(gapInput('heating', heating, minimum * (1 - 1e-9)));
    expect([below.status, below.grade]).toEqual(['incomplete', null]);
    expect(gapStatusOf(minimum, 0)).toBe('inconsistent');
  });
});

describe('validateProcessDefinition', () => {
  it('reports catalog problems and impossible combinations', () => {
    expect(
      validateProcessDefinition('heating', 'general', { mass_flow_kg_h: 100 }, dead)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['temp_in_C', 'temp_out_C']);
    expect(
      validateProcessDefinition('heating', 'general', { mass_flow_kg_h: 100, temp_in_C: 80, temp_out_C: 20 }, dead),
    ).toEqual([expect.objectContaining({ path: 'temp_out_C', code: 'INCONSISTENT' })]);
    expect(validateProcessDefinition('drying', 'nope', {}, dead)).toEqual([
      expect.objectContaining({ path: 'subcategory' }),
    ]);
    expect(validateProcessDefinition('cooling', 'general', { cooling_load_kW: 10, cold_temp_C: 30 }, dead)).toEqual([
      expect.objectContaining({ path: 'cold_temp_C' }),
    ]);
    // feedwater at or above the saturation temperature at the steam pressure (179.88 °C at 10 bar, shared/reference)
    // is not feedwater: refused, naming the field and the saturation temperature
    expect(
      validateProcessDefinition(
        'steam_generation',
        'general',
        { steam_flow_kg_h: 1000, steam_pressure_bar: 10, feedwater_temp_C: 180 },
        dead,
      ),
    ).toEqual([
      expect.objectContaining({
        path: 'feedwater_temp_C',
        code: 'INCONSISTENT',
        message: expect.stringMatching(/179\.9/),
      }),
    ]);
    expect(
      validateProcessDefinition(
        'steam_generation',
        'general',
        { steam_flow_kg_h: 1000, steam_pressure_bar: 10, feedwater_temp_C: 179 },
        dead,
      ),
    ).toEqual([]);
  });
});
