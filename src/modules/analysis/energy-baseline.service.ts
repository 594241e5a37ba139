/**
 * The project's energy baseline (ISO 50006): one of its runs the energy review compares with, marked by an editor;
 * none marked means the first run. Set under the project's lock like every change of the project.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { knexOf, rawRows } from '../../db/raw-read';
import type { ProjectAccess } from '../project/project-access';
import { withProjectLock } from '../project/project-lock';
import { ProjectRole } from '../project/project-role.enum';
import { Project } from '../project/project.entity';
import { InputError } from '../shared/errors';
import { assertKnownIdShape, isUuid } from '../shared/ids';

export class EnergyBaselineService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
  ) {}

  /** Marks `analysisId` (a run of the project) as its baseline; null goes back to the first run. */
  async set(projectId: string, analysisId: string | null): Promise<Project> {
    assertKnownIdShape('Project', projectId);
    await this.access.require(projectId, ProjectRole.EDITOR, 'Project', projectId);
    return withProjectLock(this.em, projectId, async (tx) => {
      if (analysisId !== null) {
        const found = isUuid(analysisId)
          ? await rawRows(knexOf(tx), 'select id from factory_analysis where id = ? and project_id = ?', [
              analysisId,
              projectId,
            ])
          : [];
        if (found.length === 0) {
          throw new InputError([
            { path: 'analysisId', code: 'INVALID', message: 'no analysis with this id in the project' },
          ]);
        }
      }
      const project = await tx.findOneOrFail(Project, { id: projectId });
      project.energyBaselineAnalysisId = analysisId;
      await tx.flush();
      return project;
    });
  }
}
