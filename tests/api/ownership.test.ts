/**
 * What happens to projects when accounts come and go: projects from before
 * accounts go to the first account that registers; deleting an account takes
 * the projects it alone owns with it and leaves the ones another owner keeps.
 */
import { startTestServer, type TestServer } from '../support/server';
import { addEquipment, freshProject } from '../support/projects';
import { COMPRESSOR } from '../support/operations';
import { Project } from '../../src/modules/project/project.entity';
import { ProjectMember } from '../../src/modules/project/project-member.entity';
import { Equipment } from '../../src/modules/equipment/equipment.entity';
import { User } from '../../src/modules/account/user.entity';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SHARE = `mutation ($projectId: ID!, $email: String!, $role: ProjectRole!) {
  shareProject(projectId: $projectId, email: $email, role: $role) { role user { id } } }`;
const DELETE_ACCOUNT = `mutation ($password: String!) { deleteAccount(password: $password) }`;
const MY_PROJECTS = `{ projects(first: 100) { totalCount edges { node { id name myRole } } } }`;

it('gives projects from before accounts to the first account that registers, and to no later one', async () => {
  // The only account so far leaves; then two projects appear as an earlier version stored them, without owner.
  expect((await server.user.gql(DELETE_ACCOUNT, { password: server.user.password })).data).toEqual({
    deleteAccount: true,
  });
  const em = server.em();
  expect(await em.count(User, {})).toBe(0);
  const legacy = ['Legacy mill', 'Legacy dairy'].map((name, i) =>
    Object.assign(new Project(), { name, createdAt: new Date(Date.UTC(2025, 0, i + 1)) }),
  );
  await em.persistAndFlush(legacy);

  const first = await server.newUser('first');
  const second = await server.newUser('second');
  const mine = await first.gql(MY_PROJECTS);
  expect(mine.data.projects.totalCount).toBe(2);
  expect(mine.data.projects.edges.map((e: any) => [e.node.name, e.node.myRole])).toEqual([
    ['Legacy dairy', 'OWNER'],
    ['Legacy mill', 'OWNER'],
  ]);
  expect((await second.gql(MY_PROJECTS)).data.projects.totalCount).toBe(0);
  const owners = await server.em().find(ProjectMember, { project: { $in: legacy.map((p) => p.id) } });
  expect(owners.map((m) => [m.user.id, m.role])).toEqual([
    [first.id, 'OWNER'],
    [first.id, 'OWNER'],
  ]);
});

describe('deleteAccount', () => {
  it('deletes the projects the account alone owns, keeps those another owner has, and ends its sessions', async () => {
    const leaving = await server.newUser('leaving');
    const staying = await server.newUser('staying');
    const as = (user: typeof leaving) => ({ ...server, gql: user.gql }) as TestServer;
    const alone = await freshProject(as(leaving), { name: 'Alone' });
    await addEquipment(as(leaving), alone, COMPRESSOR);
    const coOwned = await freshProject(as(leaving), { name: 'Co-owned' });
    const viewed = await freshProject(as(leaving), { name: 'Viewed' });
    for (const [projectId, role] of [
      [coOwned, 'OWNER'],
      [viewed, 'VIEWER'],
    ]) {
      expect((await leaving.gql(SHARE, { projectId, email: staying.email, role })).errors).toBeUndefined();
    }

    const refused = await leaving.gql(DELETE_ACCOUNT, { password: 'not the password' });
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await server.em().count(Project, { id: { $in: [alone, coOwned, viewed] } })).toBe(3);

    expect((await leaving.gql(DELETE_ACCOUNT, { password: leaving.password })).data).toEqual({ deleteAccount: true });
    const em = server.em();
    expect((await em.find(Project, { id: { $in: [alone, coOwned, viewed] } })).map((p) => p.name)).toEqual([
      'Co-owned',
    ]);
    expect(await em.count(Equipment, { project: alone })).toBe(0);
    expect(await em.count(User, { id: leaving.id })).toBe(0);
    expect(await em.count(ProjectMember, { user: leaving.id })).toBe(0);
    const left = await staying.gql(MY_PROJECTS);
    expect(left.data.projects.edges.map((e: any) => [e.node.name, e.node.myRole])).toEqual([['Co-owned', 'OWNER']]);

    const gone = await leaving.gql(`{ me { id } }`);
    expect(gone.errors?.[0]).toMatchObject({
      message: 'The account of this token no longer exists',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
