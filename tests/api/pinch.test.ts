/**
 * pinchTargets over HTTP: a textbook problem end to end (Kemp 2007 four-stream problem, printed targets
 * Q_H,min 20 kW, Q_C,min 60 kW, pinch 85 °C shifted / 90 °C hot / 80 °C cold; see tests/engine/pinch),
 * the default ΔT_min, every validation refusal with code, path and range, and no anonymous use.
 */
import { startTestServer, type TestServer } from '../support/server';
import { snapshotDatabase } from '../support/snapshot';

const PINCH = `query ($streams: [HeatStreamInput!]!, $deltaTMinK: Float!) {
  pinchTargets(streams: $streams, deltaTMinK: $deltaTMinK) {
    deltaTMinK minimumHotUtilityKW minimumColdUtilityKW maximumHeatRecoveryKW totalHotDutyKW totalColdDutyKW utilityCase
    pinch { shiftedTemperatureC hotTemperatureC coldTemperatureC }
    pinchPoints { shiftedTemperatureC }
    streams { name kind heatCapacityFlowKWPerK dutyKW shiftedSupplyTemperatureC shiftedTargetTemperatureC }
    intervals { upperShiftedTemperatureC lowerShiftedTemperatureC hotHeatCapacityFlowKWPerK coldHeatCapacityFlowKWPerK
      netHeatCapacityFlowKWPerK surplusKW cascadeInKW cascadeOutKW feasibleCascadeInKW feasibleCascadeOutKW
      hotStreams coldStreams }
    hotComposite { temperatureC enthalpyKW }
    coldComposite { temperatureC enthalpyKW }
    grandComposite { shiftedTemperatureC netHeatFlowKW }
    network {
      matches { hotStream coldStream dutyKW side hotInletTemperatureC hotOutletTemperatureC coldInletTemperatureC
        coldOutletTemperatureC hotEndApproachK coldEndApproachK respectsDeltaTMin }
      utilities { stream kind dutyKW side inletTemperatureC outletTemperatureC }
      heatRecoveredKW hotUtilityKW coldUtilityKW reachesTargets utilityExcessKW allMatchesRespectDeltaTMin
    }
    plots { hotComposite { name x y } coldComposite { name x y } grandComposite { name x y } }
  }
}`;
const TARGETS = `query ($streams: [HeatStreamInput!]!) {
  pinchTargets(streams: $streams) { deltaTMinK minimumHotUtilityKW minimumColdUtilityKW pinch { hotTemperatureC } } }`;

const KEMP = [
  { name: 'Stream 1', supplyTemperatureC: 20, targetTemperatureC: 135, heatCapacityFlowKWPerK: 2 },
  { name: 'Stream 2', supplyTemperatureC: 170, targetTemperatureC: 60, heatCapacityFlowKWPerK: 3 },
  { name: 'Stream 3', supplyTemperatureC: 80, targetTemperatureC: 140, heatCapacityFlowKWPerK: 4 },
  { name: 'Stream 4', supplyTemperatureC: 150, targetTemperatureC: 30, dutyKW: 180 },
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** One BAD_USER_INPUT error for the field, its issues returned; nothing stored by the attempt. */
async function refused(streams: unknown[], deltaTMinK = 10) {
  const before = await snapshotDatabase(server.em());
  const { data, errors } = await server.gql(PINCH, { streams, deltaTMinK });
  expect(data).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0]).toMatchObject({ path: ['pinchTargets'], extensions: { code: 'BAD_USER_INPUT' } });
  expect(await snapshotDatabase(server.em())).toEqual(before);
  return errors![0].extensions.issues!;
}

it('answers the Kemp four-stream problem with its printed targets and a network reaching them', async () => {
  const { data, errors } = await server.gql(PINCH, { streams: KEMP, deltaTMinK: 10 });
  expect(errors).toBeUndefined();
  const pinch = data.pinchTargets;
  expect(pinch).toMatchObject({
    deltaTMinK: 10,
    minimumHotUtilityKW: 20,
    minimumColdUtilityKW: 60,
    maximumHeatRecoveryKW: 450,
    totalHotDutyKW: 510,
    totalColdDutyKW: 470,
    utilityCase: 'BOTH_UTILITIES',
    pinch: { shiftedTemperatureC: 85, hotTemperatureC: 90, coldTemperatureC: 80 },
    pinchPoints: [{ shiftedTemperatureC: 85 }],
  });
  // The duty-given stream gets its CP (180 kW / 120 K) and the hot shift.
  expect(pinch.streams[3]).toEqual({
    name: 'Stream 4',
    kind: 'HOT',
    heatCapacityFlowKWPerK: 1.5,
    dutyKW: 180,
    shiftedSupplyTemperatureC: 145,
    shiftedTargetTemperatureC: 25,
  });
  expect(pinch.intervals.map((i: any) => i.feasibleCascadeOutKW)).toEqual([80, 82.5, 0, 75, 60]);
  expect(pinch.network).toMatchObject({
    hotUtilityKW: 20,
    coldUtilityKW: 60,
    heatRecoveredKW: 450,
    reachesTargets: true,
    utilityExcessKW: 0,
    allMatchesRespectDeltaTMin: true,
  });
  expect(pinch.network.matches.map((m: any) => [m.side, m.hotStream, m.coldStream, m.dutyKW])).toEqual([
    ['ABOVE', 'Stream 2', 'Stream 3', 240],
    ['ABOVE', 'Stream 4', 'Stream 1', 90],
    ['BELOW', 'Stream 2', 'Stream 1', 90],
    ['BELOW', 'Stream 4', 'Stream 1', 30],
  ]);
  expect(pinch.plots.coldComposite).toEqual({ name: 'Cold composite', x: [60, 180, 510, 530], y: [20, 80, 135, 140] });
  expect(pinch.plots.grandComposite.x).toEqual(pinch.grandComposite.map((p: any) => p.netHeatFlowKW));
});

it('defaults ΔT_min to 10 K (Smith 2005 two-reactor problem by duties: 7.5 MW, 10 MW, pinch 150 °C hot)', async () => {
  const streams = [
    { name: 'Reactor 1 feed', supplyTemperatureC: 20, targetTemperatureC: 180, dutyKW: 32_000 },
    { name: 'Reactor 1 product', supplyTemperatureC: 250, targetTemperatureC: 40, dutyKW: 31_500 },
    { name: 'Reactor 2 feed', supplyTemperatureC: 140, targetTemperatureC: 230, dutyKW: 27_000 },
    { name: 'Reactor 2 product', supplyTemperatureC: 200, targetTemperatureC: 80, dutyKW: 30_000 },
  ];
  const { data, errors } = await server.gql(TARGETS, { streams });
  expect(errors).toBeUndefined();
  expect(data.pinchTargets.deltaTMinK).toBe(10);
  expect(data.pinchTargets.minimumHotUtilityKW).toBeCloseTo(7_500, 6);
  expect(data.pinchTargets.minimumColdUtilityKW).toBeCloseTo(10_000, 6);
  expect(data.pinchTargets.pinch.hotTemperatureC).toBeCloseTo(150, 9);
});

it('refuses zero CP, supply = target, both or neither of CP and duty — every problem with its path and range', async () => {
  const issues = await refused([
    ...KEMP,
    { name: 'zero', supplyTemperatureC: 90, targetTemperatureC: 40, heatCapacityFlowKWPerK: 0 },
    { name: 'flat', supplyTemperatureC: 90, targetTemperatureC: 90, heatCapacityFlowKWPerK: 1 },
    { name: 'both', supplyTemperatureC: 90, targetTemperatureC: 40, heatCapacityFlowKWPerK: 1, dutyKW: 50 },
    { name: 'neither', supplyTemperatureC: 90, targetTemperatureC: 40 },
    { name: 'Stream 1', supplyTemperatureC: 3000, targetTemperatureC: 40, dutyKW: 50 },
  ]);
  expect(issues.map((i: any) => [i.path, i.code, i.min, i.max])).toEqual([
    ['streams[4].heatCapacityFlowKWPerK', 'OUT_OF_RANGE', 0, 1e9],
    ['streams[5].targetTemperatureC', 'INCONSISTENT', undefined, undefined],
    ['streams[6].dutyKW', 'INCONSISTENT', undefined, undefined],
    ['streams[7].heatCapacityFlowKWPerK', 'REQUIRED', undefined, undefined],
    ['streams[8].supplyTemperatureC', 'OUT_OF_RANGE', -273.15, 2000],
    ['streams[8].name', 'INCONSISTENT', undefined, undefined],
  ]);
  expect(issues[0].message).toMatch(/above 0/);
});

it('refuses a set without a cold stream, ΔT_min out of range and over 200 streams', async () => {
  const hotOnly = KEMP.filter((s) => s.supplyTemperatureC > s.targetTemperatureC);
  expect(await refused(hotOnly)).toEqual([
    expect.objectContaining({ path: 'streams', code: 'INCONSISTENT', message: expect.stringMatching(/cold/) }),
  ]);
  expect(await refused(KEMP, 0)).toEqual([
    expect.objectContaining({ path: 'deltaTMinK', code: 'OUT_OF_RANGE', min: 0, max: 100 }),
  ]);
  const many = Array.from({ length: 201 }, (_, i) => ({ ...KEMP[i % 4], name: `S${i}` }));
  expect(await refused(many)).toEqual([
    expect.objectContaining({ path: 'streams', code: 'OUT_OF_RANGE', min: 2, max: 200 }),
  ]);
});

it('refuses a stream name with a control character, as every text input', async () => {
  const issues = await refused([KEMP[0], { ...KEMP[1], name: 'bad\u0007name' }]);
  expect(issues).toEqual([expect.objectContaining({ path: 'streams[1].name', code: 'INVALID' })]);
});

it('is for signed-in callers only', async () => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: TARGETS, variables: { streams: KEMP } }),
  });
  expect(response.status).toBe(401);
  const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
  expect(body.data ?? null).toBeNull();
  expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
});
