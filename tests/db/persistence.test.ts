/**
 * Nothing acknowledged is lost: the built server, killed with SIGKILL right
 * after answering, starts again and serves everything unchanged. A SIGTERM
 * drains and exits 0.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { post, startChildServer } from '../support/child-server';
import { ADD_EQUIPMENT_BATCH, COMPRESSOR, CREATE_PROJECT, GET_PROJECT, PUMP } from '../support/operations';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.cleanup();
});

it('survives SIGKILL and restarts with the same data', async () => {
  const first = await startChildServer(db.env);
  const created = await post(first.url, CREATE_PROJECT, {
    input: {
      name: 'Persistent plant',
      sector: 'paper',
      operatingHours: 7500,
      process: { type: 'HEATING', parameters: { mass_flow_kg_h: 1000, temp_in_C: 20, temp_out_C: 80 } },
    },
  });
  expect(created.errors).toBeUndefined();
  const id = created.data.createProject.id;
  const batch = await post(first.url, ADD_EQUIPMENT_BATCH, { projectId: id, inputs: [COMPRESSOR, PUMP] });
  expect(batch.errors).toBeUndefined();
  const before = (await post(first.url, GET_PROJECT, { id })).data.project;

  first.process.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');

  const second = await startChildServer(db.env);
  try {
    const after = (await post(second.url, GET_PROJECT, { id })).data.project;
    expect(after).toEqual(before);
    expect(after.equipment.map((e: any) => e.name)).toEqual([COMPRESSOR.name, PUMP.name]);
  } finally {
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
  expect(second.logLines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
});
