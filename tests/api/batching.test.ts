/**
 * No N+1: a nested query issues a constant number of SQL statements, whatever
 * the number of projects and equipment (DataLoaders batch every level).
 */
import { startTestServer, type TestServer } from '../support/server';
import { ProjectMember } from '../../src/modules/project/project-member.entity';
import { Project } from '../../src/modules/project/project.entity';
import { Equipment } from '../../src/modules/equipment/equipment.entity';
import { EquipmentType } from '../../src/modules/equipment/equipment-type.enum';
import { AnalysisResult } from '../../src/modules/analysis/analysis-result.entity';
import { FactoryAnalysis } from '../../src/modules/analysis/factory-analysis.entity';
import { analyseEquipment } from '../../src/engine/equipment';
import { makeDeadState } from '../../src/engine/thermo';
import { DEFAULT_CARBON_SETTINGS } from '../../src/engine/equipment/common/carbon';

const PUMP_PARAMETERS = { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 };
const PUMP_RESULT = analyseEquipment('pump', {
  subtype: 'centrifugal',
  parameters: PUMP_PARAMETERS,
  context: {
    deadState: makeDeadState(),
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    carbon: DEFAULT_CARBON_SETTINGS,
  },
}) as unknown as Record<string, unknown>;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const NESTED = `query ($first: Int) { projects(first: $first) { totalCount edges { node {
  id name equipmentCount latestAnalysis { id sequence } interpretation { id } analyses(first: 2) { totalCount edges { node { id sequence } } }
  equipment { id name project { id } analysis { id stale } interpretation { id } } } } } }`;

async function seed(projects: number, equipmentPerProject: number, prefix: string): Promise<void> {
  const em = server.em();
  const base = Date.now();
  for (let p = 0; p < projects; p++) {
    const project = Object.assign(new Project(), { name: `${prefix} ${p}`, createdAt: new Date(base + p) });
    em.persist(project);
    em.create(ProjectMember, { project, user: server.user.id, role: 'OWNER', createdAt: project.createdAt });
    // every other project has a history of three factory runs
    for (let run = 1; p % 2 === 0 && run <= 3; run++) {
      em.persist(
        Object.assign(new FactoryAnalysis(), {
          project,
          sequence: run,
          totals: {},
          hotspots: [],
          integrationOpportunities: [],
          sankey: {},
          equipmentResults: [],
          projectSettingsVersion: 1,
          inputsFingerprint: 'x',
          analyzedAt: new Date(base + p * 10 + run),
        }),
      );
    }
    for (let e = 0; e < equipmentPerProject; e++) {
      const equipment = Object.assign(new Equipment(), {
        project: em.getReference(Project, project.id, { wrapped: true }),
        name: `${prefix} ${p}.${e}`,
        type: EquipmentType.PUMP,
        subtype: 'centrifugal',
        parameters: PUMP_PARAMETERS,
      });
      em.persist(equipment);
      // every other unit has a stored analysis, so the nested `analysis` field is exercised both ways
      if (e % 2 === 0) {
        em.persist(
          Object.assign(new AnalysisResult(), {
            equipment: em.getReference(Equipment, equipment.id, { wrapped: true }),
            projectId: project.id,
            result: PUMP_RESULT,
            equipmentVersion: 1,
            projectSettingsVersion: 1,
          }),
        );
      }
    }
  }
  await em.flush();
}

it('counts the same small number of statements for 2×3 and 50×20, with analyses present', async () => {
  await seed(2, 3, 'small');
  let small: any;
  const smallCount = await server.countSql(async () => {
    small = await server.gql(NESTED, { first: 50 });
  });
  expect(small.errors).toBeUndefined();
  expect(small.data.projects.edges).toHaveLength(2);

  await seed(48, 20, 'large');
  await seed(0, 0, 'none');
  let large: any;
  const largeCount = await server.countSql(async () => {
    large = await server.gql(NESTED, { first: 50 });
  });
  expect(large.errors).toBeUndefined();
  const edges = large.data.projects.edges;
  expect(edges).toHaveLength(50);
  const equipmentRows = edges.flatMap((e: any) => e.node.equipment);
  expect(equipmentRows).toHaveLength(48 * 20 + 2 * 3);
  expect(edges.every((e: any) => e.node.equipment.length === e.node.equipmentCount)).toBe(true);
  expect(equipmentRows.filter((e: any) => e.analysis !== null)).toHaveLength(48 * 10 + 2 * 2);
  expect(equipmentRows.every((e: any) => e.analysis === null || e.analysis.stale === false)).toBe(true);
  const withHistory = edges.filter((e: any) => e.node.analyses.totalCount === 3);
  expect(withHistory).toHaveLength(25);
  expect(withHistory.every((e: any) => e.node.latestAnalysis.sequence === 3)).toBe(true);
  expect(withHistory.every((e: any) => e.node.analyses.edges.map((x: any) => x.node.sequence).join() === '3,2')).toBe(
    true,
  );
  expect(edges.filter((e: any) => e.node.latestAnalysis === null)).toHaveLength(25);

  // caller + page + count + equipment + equipment counts + analyses + latest runs (2) + history page (3)
  // + interpretations (2): one statement each, whatever the number of rows.
  expect(largeCount).toBe(smallCount);
  expect(largeCount).toBeLessThanOrEqual(13);
});
