/**
 * Properties of the heat streams over random catalog draws (the catalog property tests' draws, 500 per type): every
 * stream of a sound result has a positive finite duty and finite temperatures, a hot stream cools and a cold one
 * heats (a latent one at one temperature), keys are unique within the unit; a boiler's cold streams add up to its
 * useful heat and a heat exchanger's sides to its two duties (energy balance). Refused draws are skipped.
 */
import fc from 'fast-check';
import {
  analyseEquipment,
  EQUIPMENT_TYPE_KEYS,
  EquipmentValidationError,
  type AnyEquipmentResult,
  type EquipmentResult,
} from '../../../src/engine/equipment';
import { makeDeadState } from '../../../src/engine/thermo';
import { contextDraw, unitDraw } from '../../support/catalog-draws';

const sumOf = (r: EquipmentResult, pick: (kind: 'hot' | 'cold') => boolean) =>
  (r.heatStreams ?? []).filter((s) => pick(s.kind)).reduce((sum, s) => sum + s.dutyKW, 0);

describe.each(EQUIPMENT_TYPE_KEYS.map((k) => [k]))('%s', (type) => {
  it('500 catalog draws: sound streams with the unit’s energy balance', () => {
    let sound = 0;
    fc.assert(
      fc.property(unitDraw(type), contextDraw, ({ subtype, parameters }, c) => {
        const context = {
          deadState: makeDeadState(c.t, c.p),
          operatingHoursPerYear: c.hours,
          energyPriceEurPerKWh: c.price,
          carbon: { gridEmissionFactorKgPerKWh: c.grid, carbonPriceEurPerTonne: c.carbonPrice },
        };
        let r: AnyEquipmentResult;
        try {
          r = analyseEquipment(type, { subtype, parameters, context });
        } catch (error) {
          if (error instanceof EquipmentValidationError) return;
          throw error;
        }
        sound++;
        const streams = r.heatStreams!;
        expect(new Set(streams.map((s) => s.key)).size).toBe(streams.length);
        for (const s of streams) {
          expect(Number.isFinite(s.dutyKW) && s.dutyKW > 0).toBe(true);
          expect(Number.isFinite(s.supplyTemperatureC) && Number.isFinite(s.targetTemperatureC)).toBe(true);
          if (s.phase === 'latent') expect(s.targetTemperatureC).toBe(s.supplyTemperatureC);
          else if (s.kind === 'hot') expect(s.supplyTemperatureC).toBeGreaterThan(s.targetTemperatureC);
          else expect(s.targetTemperatureC).toBeGreaterThan(s.supplyTemperatureC);
        }
        const cold = sumOf(r, (k) => k === 'cold');
        if (r.metrics.type === 'boiler') {
          const useful = r.metrics.usefulHeatKW;
          expect(Math.abs(cold - useful)).toBeLessThanOrEqual(1e-9 * Math.max(useful, 1));
        }
        if (r.metrics.type === 'heat_exchanger') {
          const m = r.metrics;
          const source = (r.heatStreams ?? []).filter((s) => s.isUnitHeatSource);
          const hot = source.reduce((sum, s) => sum + s.dutyKW, 0);
          expect(Math.abs(hot - m.heatDutyKW)).toBeLessThanOrEqual(1e-6 * Math.max(m.heatDutyKW, 1));
          expect(Math.abs(cold - m.coldSideHeatKW)).toBeLessThanOrEqual(1e-9 * Math.max(m.coldSideHeatKW, 1));
        }
      }),
      { numRuns: 500, seed: 20261214 },
    );
    expect(sound).toBeGreaterThan(0);
  });
});
