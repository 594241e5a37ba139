/** Invalid pinch inputs: every problem reported at once, each with its path, code and accepted range. */
import {
  analysePinch,
  PinchInputError,
  validatePinchInput,
  type HeatStreamInput,
  type PinchIssue,
} from '../../../src/engine/pinch';

const HOT: HeatStreamInput = {
  name: 'hot',
  supplyTemperatureC: 150,
  targetTemperatureC: 50,
  heatCapacityFlowKWPerK: 2,
};
const COLD: HeatStreamInput = { name: 'cold', supplyTemperatureC: 30, targetTemperatureC: 120, dutyKW: 180 };

function issuesOf(streams: HeatStreamInput[], deltaTMinK = 10): PinchIssue[] {
  return validatePinchInput({ streams, deltaTMinK });
}

it('accepts a hot and a cold stream, CP on one and duty on the other', () => {
  expect(issuesOf([HOT, COLD])).toEqual([]);
});

it('refuses a set without a cold stream, and one without any stream', () => {
  expect(issuesOf([HOT, { ...HOT, name: 'hot 2' }])).toEqual([
    expect.objectContaining({ path: 'streams', code: 'INCONSISTENT', message: expect.stringMatching(/one cold/) }),
  ]);
  expect(issuesOf([])).toEqual([
    expect.objectContaining({ path: 'streams', message: expect.stringMatching(/one hot .* and one cold/) }),
  ]);
});

it('refuses zero and negative CP and duty, with the accepted range', () => {
  expect(issuesOf([HOT, COLD, { ...HOT, name: 'h0', heatCapacityFlowKWPerK: 0 }])).toEqual([
    { path: 'streams[2].heatCapacityFlowKWPerK', code: 'OUT_OF_RANGE', min: 0, max: 1e9, message: expect.any(String) },
  ]);
  expect(issuesOf([HOT, COLD, { ...COLD, name: 'c0', dutyKW: -5 }])).toEqual([
    expect.objectContaining({ path: 'streams[2].dutyKW', code: 'OUT_OF_RANGE', min: 0, max: 1e9 }),
  ]);
});

it('refuses supply = target, both or neither of CP and duty', () => {
  const flat = { ...HOT, name: 'flat', targetTemperatureC: 150 };
  const both = { ...HOT, name: 'both', dutyKW: 200 };
  const neither: HeatStreamInput = { name: 'neither', supplyTemperatureC: 10, targetTemperatureC: 20 };
  expect(issuesOf([HOT, COLD, flat, both, neither]).map((i) => [i.path, i.code])).toEqual([
    ['streams[2].targetTemperatureC', 'INCONSISTENT'],
    ['streams[3].dutyKW', 'INCONSISTENT'],
    ['streams[4].heatCapacityFlowKWPerK', 'REQUIRED'],
  ]);
});

it('refuses non-finite numbers and temperatures outside −273.15…2000 °C', () => {
  const issues = issuesOf([
    HOT,
    COLD,
    { ...HOT, name: 'nan', supplyTemperatureC: Number.NaN },
    { ...HOT, name: 'inf', heatCapacityFlowKWPerK: Number.POSITIVE_INFINITY },
    { ...COLD, name: 'cold-hell', supplyTemperatureC: -300 },
    { ...HOT, name: 'sun', supplyTemperatureC: 5000 },
  ]);
  expect(issues.map((i) => [i.path, i.min, i.max])).toEqual([
    ['streams[2].supplyTemperatureC', -273.15, 2000],
    ['streams[3].heatCapacityFlowKWPerK', 0, 1e9],
    ['streams[4].supplyTemperatureC', -273.15, 2000],
    ['streams[5].supplyTemperatureC', -273.15, 2000],
  ]);
  expect(issues[0].message).toMatch(/finite/);
});

it('refuses duplicate and empty names, pointing at the later one', () => {
  expect(issuesOf([HOT, COLD, { ...COLD, name: ' hot ' }, { ...COLD, name: '  ' }])).toEqual([
    expect.objectContaining({
      path: 'streams[2].name',
      code: 'INCONSISTENT',
      message: expect.stringMatching(/streams\[0\]/),
    }),
    expect.objectContaining({ path: 'streams[3].name', code: 'REQUIRED' }),
  ]);
});

it('refuses more than 200 streams and ΔT_min outside (0, 100] K', () => {
  const many = Array.from({ length: 201 }, (_, i) => ({ ...(i % 2 ? HOT : COLD), name: `s${i}` }));
  expect(issuesOf(many)).toEqual([
    expect.objectContaining({ path: 'streams', code: 'OUT_OF_RANGE', min: 2, max: 200 }),
  ]);
  for (const deltaTMinK of [0, -1, 101, Number.NaN])
    expect(issuesOf([HOT, COLD], deltaTMinK)).toEqual([
      expect.objectContaining({ path: 'deltaTMinK', code: 'OUT_OF_RANGE', min: 0, max: 100 }),
    ]);
  expect(issuesOf([HOT, COLD], 100)).toEqual([]);
});

it('analysePinch throws the issues rather than returning a silent null', () => {
  const call = () => analysePinch({ streams: [HOT], deltaTMinK: 10 });
  expect(call).toThrow(PinchInputError);
  expect(call).toThrow(/streams: needs at least one cold/);
});
