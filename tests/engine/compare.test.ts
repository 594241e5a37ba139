/**
 * Before/after comparison (src/engine/compare; the original's /api/compare, spec/factory.md §7, with
 * Correction F-4): every metric's direction both ways, unchanged and undefined figures, and a what-if
 * checked against values computed by hand.
 */
import {
  COMPARISON_METRICS,
  compareEquipmentResults,
  metricDeltas,
  type ComparableHeadline,
  type ComparisonMetric,
} from '../../src/engine/compare';
import { FUELS } from '../../src/engine/thermo/fuels';
import { run } from '../support/engine';

/** Which way each metric improves, written out here rather than read from the engine. */
const BETTER: Record<ComparisonMetric, 'up' | 'down'> = {
  exergy_fuel: 'down',
  exergy_product: 'up',
  exergy_loss: 'down',
  exergy_destroyed: 'down',
  exergy_destroyed_avoidable: 'down',
  exergy_destroyed_unavoidable: 'down',
  exergetic_efficiency: 'up',
  avoidable_ratio: 'down', // Correction F-4(a): the original had it up
  annual_loss_energy: 'down',
  annual_loss_cost: 'down',
  co2_emissions: 'down',
};

const FIELD: Record<ComparisonMetric, keyof ComparableHeadline> = {
  exergy_fuel: 'exergyFuelKW',
  exergy_product: 'exergyProductKW',
  exergy_loss: 'exergyLossKW',
  exergy_destroyed: 'exergyDestroyedKW',
  exergy_destroyed_avoidable: 'exergyDestroyedAvoidableKW',
  exergy_destroyed_unavoidable: 'exergyDestroyedUnavoidableKW',
  exergetic_efficiency: 'exergeticEfficiencyPct',
  avoidable_ratio: 'avoidableRatioPct',
  annual_loss_energy: 'annualLossKWh',
  annual_loss_cost: 'annualLossEur',
  co2_emissions: 'co2EmissionsTonnesPerYear',
};

const BASE: ComparableHeadline = {
  exergyFuelKW: 100,
  exergyProductKW: 40,
  exergyLossKW: 10,
  exergyDestroyedKW: 50,
  exergeticEfficiencyPct: 40,
  annualLossEur: 28_800,
  exergyDestroyedAvoidableKW: 20,
  exergyDestroyedUnavoidableKW: 30,
  avoidableRatioPct: 40,
  annualLossKWh: 360_000,
  co2EmissionsTonnesPerYear: 240,
};

describe('compareEquipment directions for every metric', () => {
  it('tracks all eleven metrics, in order, with their units', () => {
    expect(metricDeltas(BASE, BASE).map((d) => [d.metric, d.unit, d.changeUnit])).toEqual([
      ['exergy_fuel', 'kW', 'kW'],
      ['exergy_product', 'kW', 'kW'],
      ['exergy_loss', 'kW', 'kW'],
      ['exergy_destroyed', 'kW', 'kW'],
      ['exergy_destroyed_avoidable', 'kW', 'kW'],
      ['exergy_destroyed_unavoidable', 'kW', 'kW'],
      ['exergetic_efficiency', '%', 'percentage points'],
      ['avoidable_ratio', '%', 'percentage points'],
      ['annual_loss_energy', 'kWh/yr', 'kWh/yr'],
      ['annual_loss_cost', 'EUR/yr', 'EUR/yr'],
      ['co2_emissions', 't/yr', 't/yr'],
    ]);
  });

  it.each(COMPARISON_METRICS.map((m) => [m.metric]))('%s: improved one way, degraded the other', (metric) => {
    const field = FIELD[metric];
    const base = BASE[field] as number;
    for (const factor of [1.1, 0.9]) {
      const scenario = { ...BASE, [field]: base * factor };
      const deltas = metricDeltas(BASE, scenario);
      const delta = deltas.find((d) => d.metric === metric)!;
      const wentUp = factor > 1;
      expect(delta.improved).toBe(BETTER[metric] === 'up' ? wentUp : !wentUp);
      expect(delta.direction).toBe(BETTER[metric] === 'up' ? 'higher_is_better' : 'lower_is_better');
      expect(delta.change).toBeCloseTo(base * factor - base, 9);
      expect(delta.changePct).toBeCloseTo(wentUp ? 10 : -10, 9);
      // every other metric is unchanged: neither improved nor degraded
      expect(deltas.filter((d) => d.metric !== metric).map((d) => d.improved)).toEqual(Array(10).fill(null));
    }
  });
});

it('reads no change within 1e-9 relative, a null side as undefined, and a zero baseline without a relative change', () => {
  const [fuel] = metricDeltas(BASE, { ...BASE, exergyFuelKW: 100 * (1 + 1e-12) });
  expect(fuel).toMatchObject({ change: 0, changePct: 0, improved: null });
  const efficiency = metricDeltas(BASE, { ...BASE, exergeticEfficiencyPct: null }).find(
    (d) => d.metric === 'exergetic_efficiency',
  );
  expect(efficiency).toMatchObject({ baseline: 40, scenario: null, change: null, changePct: null, improved: null });
  const loss = metricDeltas({ ...BASE, exergyLossKW: 0 }, BASE).find((d) => d.metric === 'exergy_loss');
  expect(loss).toMatchObject({ change: 10, changePct: null, improved: false });
});

it('leaves out metrics a headline does not have (plant totals without the avoidable split)', () => {
  const totals: ComparableHeadline = {
    exergyFuelKW: 100,
    exergyProductKW: 40,
    exergyLossKW: 10,
    exergyDestroyedKW: 50,
    exergeticEfficiencyPct: 40,
    annualLossEur: 1000,
  };
  expect(metricDeltas(totals, totals).map((d) => d.metric)).toEqual([
    'exergy_fuel',
    'exergy_product',
    'exergy_loss',
    'exergy_destroyed',
    'exergetic_efficiency',
    'annual_loss_cost',
  ]);
});

it('a pump from 15 to 12 kW for the same duty saves 3 kW: 18,000 kWh, 1,440 EUR and 7.2 t CO₂ a year', () => {
  // 6000 h/yr, 0.08 EUR/kWh, 0.4 kg CO₂/kWh; E_P = ρgQH = 1000·9.80665·(50/3600)·40/1000 kW either way
  const duty = { flow_rate_m3_h: 50, total_head_m: 40, motor_efficiency_pct: 95 };
  const baseline = run('pump', 'centrifugal', { ...duty, motor_power_kW: 15 });
  const scenario = run('pump', 'centrifugal', { ...duty, motor_power_kW: 12 });
  const hydraulic = (1000 * 9.80665 * (50 / 3600) * 40) / 1000;
  const c = compareEquipmentResults(baseline, scenario);
  expect(c.exergySavedKW).toBeCloseTo(3, 9);
  expect(c.annualSavingsKWh).toBeCloseTo(18_000, 6);
  expect(c.annualSavingsEur).toBeCloseTo(1_440, 6);
  expect(c.co2AvoidedTonnesPerYear).toBeCloseTo(7.2, 9);
  expect(c.efficiencyChangePoints).toBeCloseTo(100 * hydraulic * (1 / 12 - 1 / 15), 9);
  expect(c.deltas.find((d) => d.metric === 'exergy_fuel')).toMatchObject({
    change: -3,
    changePct: -20,
    improved: true,
  });
  expect(c.deltas.find((d) => d.metric === 'exergy_product')!.improved).toBeNull();
  expect(c.improvedMetrics).toEqual(expect.arrayContaining(['exergy_fuel', 'exergetic_efficiency', 'co2_emissions']));
  expect(c.degradedMetrics).toEqual([]);
  expect(c.warnings).toEqual([]);
  // the other way round: the same figures negative, nothing floored at 0 (the original's max(…, 0))
  const back = compareEquipmentResults(scenario, baseline);
  expect(back.annualSavingsEur).toBeCloseTo(-1_440, 6);
  expect(back.degradedMetrics).toContain('exergy_fuel');
});

it('prices the fuel a boiler saves priced per kg by its LHV, never as EUR/kWh (Correction F-4b)', () => {
  const common = {
    fuel_type: 'natural_gas',
    fuel_lhv_kj_kg: 40_000,
    fuel_price_eur_kg: 0.5,
    steam_flow_kg_h: 1000,
    steam_pressure_bar: 10,
    feedwater_temp_C: 80,
    excess_air_pct: 20,
  };
  const baseline = run('boiler', 'steam_firetube', { ...common, fuel_flow_kg_h: 100, flue_gas_temp_C: 220 });
  const scenario = run('boiler', 'steam_firetube', { ...common, fuel_flow_kg_h: 92, flue_gas_temp_C: 160 });
  const c = compareEquipmentResults(baseline, scenario);
  // 0.5 EUR/kg over 40,000 kJ/kg = 0.045 EUR/kWh of fuel energy, per kWh of exergy over the fuel's exergy factor
  const perExergyKWh = 0.5 / (40_000 / 3600) / FUELS.natural_gas.exergyFactor;
  expect(c.annualSavingsKWh).toBeGreaterThan(0);
  expect(c.annualSavingsEur / c.annualSavingsKWh).toBeCloseTo(perExergyKWh, 9);
});
