/**
 * The plant pinch worked by hand: a boiler, a dryer and a heat exchanger with round stream data, the problem table
 * computed here (ΔT_min 10 K: hot streams shifted −5 K, cold +5 K), the current utility and the savings.
 *
 *   unit     stream                kind  °C            duty kW  CP kW/K
 *   Boiler   feedwater heating     cold  80 → 180      160      1.6
 *   Boiler   evaporation (latent)  cold  180           800      (over 180 → 180.1: 8000)
 *   Boiler   flue gas              hot   200 → 120      80      1.0
 *   Dryer    drying air            cold  20 → 140      120      1.0
 *   Dryer    exhaust air           hot   90 → 40       150      3.0
 *   HX       hot side (its source) hot   150 → 70      180      2.25
 *   HX       cold side             cold  30 → 120      180      2.0
 *
 * Shifted boundaries 195, 185.1, 185, 145, 125, 115, 85, 65, 35, 25 °C; interval surpluses (ΣCP_h − ΣCP_c)·ΔT:
 *   195→185.1  (1 − 0)·9.9 = 9.9          185.1→185 (1 − 8000)·0.1 = −799.9    185→145 (1 − 1.6)·40 = −24
 *   145→125    (3.25 − 2.6)·20 = 13       125→115 (3.25 − 4.6)·10 = −13.5     115→85 (2.25 − 4.6)·30 = −70.5
 *   85→65      (5.25 − 3)·20 = 45         65→35 (3 − 3)·30 = 0                 35→25 (0 − 1)·10 = −10
 * Cascade 0, 9.9, −790, −814, −801, −814.5, −885, −840, −840, −850: Q_H,min = 885 kW; feasible cascade 885, 894.9,
 * 95, 71, 84, 70.5, 0, 45, 45, 35: Q_C,min = 35 kW, pinch at 85 °C shifted (hot 90 °C, cold 80 °C).
 * Check: Σ cold − Σ hot = 1260 − 410 = 850 = Q_H − Q_C. Maximum recovery 410 − 35 = 375 kW.
 *
 * Current use: the exchanger's 180 kW is recovered already (its hot side heats its cold side), so current hot utility
 * = 1260 − 180 = 1080 kW, current cold = 410 − 180 = 230 kW; savings 1080 − 885 = 195 kW (= 230 − 35), 18.06 %.
 * The hot utility now: boiler 960 kW (6000 h/yr, 0.05 EUR/kWh), dryer 120 kW (4000 h/yr, 0.08 EUR/kWh):
 * kWh/yr = 195·(960/1080·6000 + 120/1080·4000) = 1,126,666.7; EUR/yr = 195·(960/1080·300 + 120/1080·320) = 58,933.3.
 */
import type { ProcessHeatStream } from '../../../src/engine/equipment/types';
import { analysePlantPinch } from '../../../src/engine/factory';
import { unit } from './fixtures';

const sensible = (
  key: string,
  kind: 'hot' | 'cold',
  supply: number,
  target: number,
  dutyKW: number,
  isUnitHeatSource = false,
): ProcessHeatStream => ({
  key,
  label: key,
  kind,
  phase: 'sensible',
  supplyTemperatureC: supply,
  targetTemperatureC: target,
  dutyKW,
  medium: 'water',
  isUnitHeatSource,
});
const latent = (key: string, kind: 'hot' | 'cold', t: number, dutyKW: number): ProcessHeatStream => ({
  ...sensible(key, kind, t, t, dutyKW),
  phase: 'latent',
});

const boiler = unit({
  id: 'b',
  name: 'Boiler',
  type: 'boiler',
  fuel: 1000,
  product: 300,
  hours: 6000,
  price: 0.05,
  heatStreams: [
    sensible('feedwater', 'cold', 80, 180, 160),
    latent('evaporation', 'cold', 180, 800),
    sensible('flue gas', 'hot', 200, 120, 80),
  ],
});
const dryer = unit({
  id: 'd',
  name: 'Dryer',
  type: 'dryer',
  fuel: 200,
  product: 20,
  hours: 4000,
  price: 0.08,
  heatStreams: [sensible('air', 'cold', 20, 140, 120), sensible('exhaust', 'hot', 90, 40, 150)],
});
const exchanger = unit({
  id: 'x',
  name: 'HX',
  type: 'heat_exchanger',
  fuel: 50,
  product: 40,
  heatStreams: [sensible('hot side', 'hot', 150, 70, 180, true), sensible('cold side', 'cold', 30, 120, 180)],
});

describe('boiler + dryer + heat exchanger at ΔT_min 10 K', () => {
  const pinch = analysePlantPinch({ units: [boiler, dryer, exchanger], deltaTMinK: 10 })!;
  it('has the hand targets and pinch', () => {
    expect(pinch.minimumHotUtilityKW).toBeCloseTo(885, 6);
    expect(pinch.minimumColdUtilityKW).toBeCloseTo(35, 6);
    expect(pinch.maximumHeatRecoveryKW).toBeCloseTo(375, 6);
    expect(pinch.pinch).toEqual({ shiftedTemperatureC: 85, hotTemperatureC: 90, coldTemperatureC: 80 });
    expect(pinch.intervals.map((i) => +i.surplusKW.toFixed(6))).toEqual([
      9.9, -799.9, -24, 13, -13.5, -70.5, 45, 0, -10,
    ]);
  });
  it('takes the latent stream over 0.1 K above its temperature (cold: on the safe side)', () => {
    const evaporation = pinch.streams.find((s) => s.name === 'Boiler: evaporation')!;
    expect([evaporation.supplyTemperatureC, evaporation.targetTemperatureC]).toEqual([180, 180.1]);
    expect(evaporation.dutyKW).toBe(800);
  });
  it('compares with current use: 180 kW recovered, savings 195 kW, 1,126,666.7 kWh/yr, 58,933.3 EUR/yr', () => {
    const p = pinch.plant;
    expect(p.heatRecoveredNowKW).toBeCloseTo(180, 9);
    expect(p.currentHotUtilityKW).toBeCloseTo(1080, 9);
    expect(p.currentColdUtilityKW).toBeCloseTo(230, 9);
    expect(p.hotUtilitySavingsKW).toBeCloseTo(195, 6);
    expect(p.coldUtilitySavingsKW).toBeCloseTo(195, 6);
    expect(p.hotUtilitySavingsPct).toBeCloseTo((100 * 195) / 1080, 6);
    expect(p.annualSavingsKWh).toBeCloseTo(1126666.667, 2);
    expect(p.annualSavingsEur).toBeCloseTo(58933.333, 2);
  });
  it('names streams `<unit>: <label>` and includes them all', () => {
    expect(pinch.plant.streams.map((s) => [s.name, s.exclusion])).toEqual([
      ['Boiler: feedwater', null],
      ['Boiler: evaporation', null],
      ['Boiler: flue gas', null],
      ['Dryer: air', null],
      ['Dryer: exhaust', null],
      ['HX: hot side', null],
      ['HX: cold side', null],
    ]);
  });
});

describe('stream selection', () => {
  it('leaves out small streams, supplied heat and bought steam, each with its reason', () => {
    const small = unit({
      id: 's',
      name: 'Small',
      type: 'compressor',
      fuel: 5,
      product: 2,
      heatStreams: [sensible('heat', 'hot', 80, 40, 4.9)],
    });
    // a dryer heated by the boiler's steam: the boiler's streams stand for its air heating
    const supplied = unit({ ...dryerSpec(), supplierId: 'b' });
    const steamHeater = unit({
      id: 'h',
      name: 'Steam heater',
      type: 'heat_exchanger',
      fuel: 50,
      product: 40,
      heatStreams: [
        { ...latent('steam', 'hot', 150, 100), isUnitHeatSource: true, medium: 'steam' },
        sensible('water', 'cold', 20, 80, 100),
      ],
    });
    const pinch = analysePlantPinch({ units: [boiler, small, supplied, steamHeater], deltaTMinK: 10 })!;
    expect(pinch.plant.streams.filter((s) => s.exclusion).map((s) => [s.name, s.exclusion])).toEqual([
      ['Small: heat', 'BELOW_MINIMUM_DUTY'],
      ['Dryer: air', 'SUPPLIED_BY_PLANT_UNIT'],
      ['Steam heater: steam', 'BOUGHT_STEAM'],
    ]);
    // bought steam is hot utility now: the heater's 100 kW is current hot utility, nothing recovered
    expect(pinch.plant.heatRecoveredNowKW).toBe(0);
    expect(pinch.plant.currentHotUtilityKW).toBeCloseTo(160 + 800 + 100, 9);
  });
  it('is null without a hot or without a cold stream, and on units with no streams (results before schema 5)', () => {
    const hotOnly = unit({ ...dryerSpec(), heatStreams: [sensible('exhaust', 'hot', 90, 40, 150)] });
    expect(analysePlantPinch({ units: [hotOnly], deltaTMinK: 10 })).toBeNull();
    const old = unit({ id: 'o', type: 'boiler', fuel: 10, product: 5 });
    old.result.heatStreams = []; // what the upgrade gives a result stored before schema 5
    expect(analysePlantPinch({ units: [old, hotOnly], deltaTMinK: 10 })).toBeNull();
  });
  it('tells apart two units of the same name', () => {
    const twin = unit({ ...dryerSpec(), id: 'd2' });
    const names = analysePlantPinch({ units: [dryer, twin], deltaTMinK: 10 })!.streams.map((s) => s.name);
    expect(names).toEqual(['Dryer: air', 'Dryer: exhaust', 'Dryer: air (2)', 'Dryer: exhaust (2)']);
  });
});

function dryerSpec() {
  return {
    id: 'd',
    name: 'Dryer',
    type: 'dryer' as const,
    fuel: 200,
    product: 20,
    heatStreams: [sensible('air', 'cold', 20, 140, 120), sensible('exhaust', 'hot', 90, 40, 150)],
  };
}
