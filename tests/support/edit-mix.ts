/**
 * The concurrency mix of the integrity tests: clients mixing updateEquipment,
 * addEquipment, removeEquipment and analyzeProject on one project for a few
 * seconds, then the checks every run must pass. `clientGql(i)` says how client
 * i speaks to the server (one process or several).
 */
import { ADD_EQUIPMENT, COMPRESSOR, PUMP, REMOVE_EQUIPMENT, UPDATE_EQUIPMENT } from './operations';
import type { GqlResponse } from './server';

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GqlResponse>;

const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id totals { equipmentCount } } }`;
const RUN = `query ($id: ID!) { project(id: $id) { analyses(first: 100) { edges { node { id
  totals { equipmentCount exergyFuelKW } equipmentResults { exergyFuelKW equipment { id } } } } } } }`;

export interface MixOutcome {
  /** Ids of the analyses the server acknowledged. */
  acknowledged: string[];
  /** Error codes seen, with their counts. */
  codes: Map<string, number>;
}

export async function runEditMix(options: {
  projectId: string;
  clients: number;
  seconds: number;
  clientGql: (client: number) => Gql;
}): Promise<MixOutcome> {
  const { projectId } = options;
  const setup = options.clientGql(0);
  const live: string[] = [];
  for (let i = 0; i < 6; i++) {
    live.push((await setup(ADD_EQUIPMENT, { projectId, input: i % 2 ? PUMP : COMPRESSOR })).data.addEquipment.id);
  }
  const acknowledged: string[] = [];
  const codes = new Map<string, number>();
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const end = Date.now() + options.seconds * 1000;
  const client = async (index: number) => {
    const gql = options.clientGql(index);
    while (Date.now() < end) {
      const pick = random();
      let response;
      if (pick < 0.4) {
        response = await gql(ANALYZE, { id: projectId });
        if (!response.errors) acknowledged.push(response.data.analyzeProject.id);
      } else if (pick < 0.65 && live.length) {
        const id = live[Math.floor(random() * live.length)];
        response = await gql(UPDATE_EQUIPMENT, {
          id,
          input: { parameters: { ...COMPRESSOR.parameters, power_kW: 30 + Math.round(random() * 10) } },
        });
      } else if (pick < 0.85) {
        response = await gql(ADD_EQUIPMENT, { projectId, input: PUMP });
        if (!response.errors) live.push(response.data.addEquipment.id);
      } else if (live.length > 2) {
        const id = live.splice(Math.floor(random() * live.length), 1)[0];
        response = await gql(REMOVE_EQUIPMENT, { id });
      } else continue;
      for (const error of response.errors ?? []) {
        const code = String(error.extensions.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return { acknowledged, codes };
}

/** The newest hundred runs read back through the API: each agrees with itself (its results are the units it counted). */
export async function expectConsistentRuns(gql: Gql, projectId: string, acknowledged: number): Promise<void> {
  const runs = (await gql(RUN, { id: projectId })).data.project.analyses.edges.map((e: any) => e.node);
  expect(runs.length).toBe(Math.min(100, acknowledged));
  for (const run of runs) {
    expect(run.equipmentResults).toHaveLength(run.totals.equipmentCount);
    expect(new Set(run.equipmentResults.map((r: any) => r.equipment.id)).size).toBe(run.totals.equipmentCount);
    const fuel = run.equipmentResults.reduce((sum: number, r: any) => sum + r.exergyFuelKW, 0);
    expect(Math.abs(fuel - run.totals.exergyFuelKW)).toBeLessThan(1e-6 * Math.max(1, fuel));
  }
}

/** Refusals are allowed (a unit updated after its removal, a lost race); internal errors are not. */
export const ACCEPTABLE_REFUSALS = ['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'];
