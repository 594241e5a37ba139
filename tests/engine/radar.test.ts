/**
 * The radar benchmark (src/engine/radar; spec/factory.md §6, corrected: no score is clamped, each axis is a
 * share of non-negative parts within 0–100 by its definition, and the cost axis is price- and capital-weighted
 * as the §6 note asks instead of repeating the efficiency).
 */
import fc from 'fast-check';
import {
  analyseEquipment,
  EQUIPMENT_MODULES,
  EQUIPMENT_TYPE_KEYS,
  EquipmentValidationError,
} from '../../src/engine/equipment';
import { radarBenchmark, type RadarSource } from '../../src/engine/radar';
import { contextDraw, contextOf, unitDraw } from '../support/catalog-draws';
import { run } from '../support/engine';

/** Round figures, so every axis is a hand calculation. */
const UNIT: RadarSource = {
  exergyFuelKW: 100,
  exergyProductKW: 60,
  exergyLossKW: 10,
  exergyDestroyedKW: 30,
  exergeticEfficiencyPct: 60,
  exergyDestroyedAvoidableKW: 12,
  heatRecovery: [
    { key: 'a', label: 'A', heatKW: 20, exergyKW: 3, temperatureC: 80, medium: 'water' },
    { key: 'b', label: 'B', heatKW: 9, exergyKW: 2, temperatureC: 60, medium: 'air' },
  ],
  benchmark: { percentile: 66, excellentPct: 75 },
  economics: { fuelCostEurPerKWh: 0.1, investmentCostRateEurPerH: 2 },
};

it('scores a unit by hand: 80 / 60 / 66 / 12.5 / 70 / 50, mean 56.42, grade C', () => {
  const radar = radarBenchmark(UNIT)!;
  expect(radar.axes.map((a) => [a.key, a.score])).toEqual([
    ['exergetic_efficiency', 80], // 100·60/75
    ['improvement_status', 60], // 100·(30 − 12)/30
    ['sector_position', 66], // the percentile
    ['heat_recovery', 12.5], // 100·(3 + 2)/(10 + 30)
    ['destruction', 70], // 100 − 100·30/100
    ['cost_efficiency', 50], // 100·0.1·60/(0.1·100 + 2)
  ]);
  expect(radar.overallScore).toBeCloseTo(338.5 / 6, 12);
  expect(radar).toMatchObject({ grade: 'C', gradeLabelEn: 'Average', gradeLabelTr: 'Ortalama' });
  // closed polygon for Plotly: the first axis again at the end
  expect(radar.theta).toEqual([
    'Exergy efficiency',
    'Improvement status',
    'Sector ranking',
    'Heat recovery',
    'Destruction ratio',
    'Cost efficiency',
    'Exergy efficiency',
  ]);
  expect(radar.r).toEqual([80, 60, 66, 12.5, 70, 50, 80]);
});

it('reaches 100 at the references (excellent η, recovery of all the waste, no destruction) and grades A', () => {
  const radar = radarBenchmark({
    ...UNIT,
    exergeticEfficiencyPct: 90,
    exergyProductKW: 90,
    exergyLossKW: 10,
    exergyDestroyedKW: 0,
    exergyDestroyedAvoidableKW: 0,
    heatRecovery: [{ key: 'a', label: 'A', heatKW: 50, exergyKW: 25, temperatureC: 90, medium: 'water' }],
    benchmark: { percentile: 95, excellentPct: 75 },
    economics: { fuelCostEurPerKWh: 0.1, investmentCostRateEurPerH: 0 },
  })!;
  expect(radar.axes.map((a) => a.score)).toEqual([100, 100, 95, 100, 100, 90]);
  expect(radar.grade).toBe('A');
});

it('the cost axis differs from the destruction axis once capital is counted (the §6 note)', () => {
  const radar = radarBenchmark(UNIT)!;
  const score = (key: string) => radar.axes.find((a) => a.key === key)!.score;
  expect(score('cost_efficiency')).not.toBe(score('destruction'));
  expect(score('cost_efficiency')).not.toBe(UNIT.exergeticEfficiencyPct);
});

it('is null without exergy of fuel, or with neither a fuel price nor capital cost', () => {
  expect(radarBenchmark({ ...UNIT, exergyFuelKW: 0, exergeticEfficiencyPct: null })).toBeNull();
  expect(radarBenchmark({ ...UNIT, economics: { fuelCostEurPerKWh: 0, investmentCostRateEurPerH: 0 } })).toBeNull();
});

it('scores the default compressor on every axis within 0–100', () => {
  const result = run('compressor', 'screw', { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 });
  const radar = radarBenchmark(result)!;
  const efficiency = result.exergeticEfficiencyPct!;
  expect(radar.axes[0].score).toBeCloseTo(100 * Math.min(1, efficiency / result.benchmark.excellentPct), 12);
  expect(radar.axes[2].score).toBe(result.benchmark.percentile);
  expect(radar.axes[4].score).toBeCloseTo(100 - (100 * result.exergyDestroyedKW) / result.exergyFuelKW, 9);
});

describe.each(EQUIPMENT_TYPE_KEYS.map((k) => [k]))('%s', (type) => {
  it('2,000 catalog draws over its subtypes: every radar axis and the mean within 0–100 and finite', () => {
    const scored = new Set<string>();
    fc.assert(
      fc.property(unitDraw(type), contextDraw, ({ subtype, parameters }, c) => {
        let result;
        try {
          result = analyseEquipment(type, { subtype, parameters, context: contextOf(c) });
        } catch (error) {
          if (error instanceof EquipmentValidationError) return;
          throw error;
        }
        const radar = radarBenchmark(result);
        if (radar === null) {
          // only where an axis has nothing to stand on
          const costIn = result.economics.fuelCostEurPerKWh * result.exergyFuelKW;
          expect(result.exergyFuelKW > 0 && costIn + result.economics.investmentCostRateEurPerH > 0).toBe(false);
          return;
        }
        scored.add(subtype);
        for (const score of [...radar.axes.map((a) => a.score), radar.overallScore, ...radar.r]) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(radar.r).toHaveLength(7);
        expect(radar.r[6]).toBe(radar.r[0]);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    // not vacuous: every subtype gave scored units (the draws catalog-properties.test.ts checks for soundness)
    for (const s of EQUIPMENT_MODULES[type].subtypes) expect([s.key, scored.has(s.key)]).toEqual([s.key, true]);
  });
});
