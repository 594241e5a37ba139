/**
 * Nothing acknowledged is lost: the built server, killed with SIGKILL right
 * after answering, starts again and serves everything unchanged. A SIGTERM
 * drains and exits 0.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killChildServers, post, registerOn, startChildServer } from '../support/child-server';
import { ADD_EQUIPMENT_BATCH, COMPRESSOR, CREATE_PROJECT, GET_PROJECT, PUMP } from '../support/operations';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  killChildServers();
  await db.cleanup();
});

it('survives SIGKILL and restarts with the same data, and the same sessions', async () => {
  const first = await startChildServer(db.env);
  // No JWT_SECRET in development: the generated one is kept in the database, so the token outlives the process.
  const token = await registerOn(first.url);
  const created = await post(
    first.url,
    CREATE_PROJECT,
    {
      input: {
        name: 'Persistent plant',
        sector: 'paper',
        operatingHours: 7500,
        process: { type: 'HEATING', parameters: { mass_flow_kg_h: 1000, temp_in_C: 20, temp_out_C: 80 } },
      },
    },
    token,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data.createProject.id;
  const batch = await post(first.url, ADD_EQUIPMENT_BATCH, { projectId: id, inputs: [COMPRESSOR, PUMP] }, token);
  expect(batch.errors).toBeUndefined();
  const before = (await post(first.url, GET_PROJECT, { id }, token)).data.project;

  first.process.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');

  const second = await startChildServer(db.env);
  try {
    const after = (await post(second.url, GET_PROJECT, { id }, token)).data.project;
    expect(after).toEqual(before);
    expect(after.equipment.map((e: any) => e.name)).toEqual([COMPRESSOR.name, PUMP.name]);
  } finally {
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
  expect(second.logLines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
});

// Shutdown answers what is in flight before it closes any connection: closing the listener first (as Apollo's
// drain does) dropped idle keep-alive connections whose request had arrived but not begun, and a client saw a
// reset for an analysis that then committed.
it('SIGTERM with analyses in flight: each completes and is stored, then the server exits 0', async () => {
  // Large enough that the analyses are still running when the signal arrives (worker pool, ~10 ms or more each).
  const server = await startChildServer(db.env);
  const token = await registerOn(server.url);
  const id = (await post(server.url, CREATE_PROJECT, { input: { name: 'Draining plant' } }, token)).data.createProject
    .id;
  const inputs = Array.from({ length: 150 }, (_, i) => (i % 2 ? PUMP : COMPRESSOR));
  expect((await post(server.url, ADD_EQUIPMENT_BATCH, { projectId: id, inputs }, token)).errors).toBeUndefined();
  const ANALYZE = `mutation ($id: ID!) { analyzeProject(id: $id) { id sequence } }`;
  const inFlight = Array.from({ length: 10 }, () => post(server.url, ANALYZE, { id }, token));
  await new Promise((resolve) => setTimeout(resolve, 30));
  server.process.kill('SIGTERM');
  // While it drains, the server tells a balancer to look elsewhere.
  const readyz = server.url.replace('/graphql', '/readyz');
  let status = 200;
  for (let i = 0; i < 100 && status === 200; i++) {
    status = (await fetch(readyz)).status;
    if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(status).toBe(503);
  const answers = await Promise.all(inFlight);
  for (const answer of answers) expect(answer.errors).toBeUndefined();
  expect(answers.map((a) => a.data.analyzeProject.sequence).sort((a, b) => a - b)).toEqual(
    Array.from({ length: 10 }, (_, i) => i + 1),
  );
  expect(await server.exited).toBe(0);

  // Every answered run is stored.
  const again = await startChildServer(db.env);
  try {
    const history = await post(
      again.url,
      `query ($id: ID!) { project(id: $id) { analyses(first: 20) { totalCount } } }`,
      { id },
      token,
    );
    expect(history.data.project.analyses.totalCount).toBe(10);
  } finally {
    again.process.kill('SIGTERM');
    await again.exited;
  }
});
