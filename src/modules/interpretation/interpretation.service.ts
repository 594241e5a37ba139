/**
 * Writes, stores and serves interpretations. The stored interpretation of the
 * CURRENT analysis (same analysis id and language) is returned unless
 * `refresh` is asked; an interpretation of an older analysis is never served
 * as current (the seed's cache had that bug).
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { defineStoredShape } from '../shared/stored';
import type { InterpretationContent, InterpretationLanguage } from '../../engine/interpret/types';
import { InputError } from '../shared/errors';
import { AnalysisResult } from '../analysis/analysis-result.entity';
import { FactoryAnalysis } from '../analysis/factory-analysis.entity';
import { readFactoryAnalysis } from '../analysis/stored-results';
import { loadResultDetails, loadRunUnits } from '../analysis/run-store';
import { inputsFingerprint } from '../analysis/inputs-fingerprint';
import { isStale } from '../analysis/analysis.mapper';
import { Equipment } from '../equipment/equipment.entity';
import { EquipmentService } from '../equipment/equipment.service';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { ProjectRole } from '../project/project-role.enum';
import type { ProjectAccess } from '../project/project-access';
import { Interpretation } from './interpretation.entity';
import type { InterpretationProvider, ProviderAnswer } from './providers';

export class InterpretationService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
    private readonly provider: InterpretationProvider,
  ) {}

  async interpretProject(
    projectId: string,
    refresh: boolean,
    language: InterpretationLanguage,
  ): Promise<Interpretation> {
    const project = await new ProjectService(this.em, this.access).get(projectId, ProjectRole.EDITOR);
    const analysis = await this.em.findOne(FactoryAnalysis, { project: project.id }, { orderBy: { sequence: 'desc' } });
    if (!analysis)
      throw new InputError([
        { path: 'id', code: 'INVALID', message: 'the project has no analysis yet: run analyzeProject first' },
      ]);
    if (!refresh) {
      const stored = await newestInterpretation(this.em, {
        project: project.id,
        equipment: null,
        analysisId: analysis.id,
        language,
      });
      if (stored) return stored;
    }
    const equipment = await this.em.find(Equipment, { project: project.id });
    const document = readFactoryAnalysis(analysis);
    const units = await loadRunUnits(this.em, analysis, this.access);
    const stale = inputsFingerprint(project, equipment) !== analysis.inputsFingerprint;
    const answer = await this.provider.interpretFactory({
      project: { name: project.name, sector: project.sector, processType: project.processType },
      equipment: units.map(({ id, name, type, subtype, result }) => ({ id, name, type, subtype, result })),
      factory: {
        totals: document.totals,
        hotspots: document.hotspots,
        integrationOpportunities: document.integrationOpportunities,
      },
      gap: document.gapAnalysis,
      language,
      staleEquipmentIds: stale ? units.map((unit) => unit.id) : [],
    });
    return this.store(project, null, analysis.id, language, answer);
  }

  async interpretEquipment(
    equipmentId: string,
    refresh: boolean,
    language: InterpretationLanguage,
  ): Promise<Interpretation> {
    const equipment = await new EquipmentService(this.em, this.access).get(equipmentId, ProjectRole.EDITOR);
    const row = await this.em.findOne(AnalysisResult, { equipment: equipment.id, current: true });
    if (!row)
      throw new InputError([
        {
          path: 'id',
          code: 'INVALID',
          message: 'this equipment has no analysis yet: run analyzeEquipment or analyzeProject first',
        },
      ]);
    if (!refresh) {
      const stored = await newestInterpretation(this.em, { equipment: equipment.id, analysisId: row.id, language });
      if (stored) return stored;
    }
    const project = await this.em.findOneOrFail(Project, { id: equipment.project.id });
    const result = (await loadResultDetails(this.em, [row.id], this.access.visibleRows('analysis_result'))).get(row.id);
    if (!result) throw new Error(`analysis result ${row.id} has no stored detail`);
    const answer = await this.provider.interpretEquipment({
      equipment: { id: equipment.id, name: equipment.name, type: equipment.type, subtype: equipment.subtype },
      result,
      project: { name: project.name, sector: project.sector, processType: project.processType },
      language,
      stale: isStale(row, equipment, project),
    });
    return this.store(project, equipment, row.id, language, answer);
  }

  private async store(
    project: Project,
    equipment: Equipment | null,
    analysisId: string,
    language: InterpretationLanguage,
    answer: ProviderAnswer,
  ): Promise<Interpretation> {
    const interpretation = Object.assign(
      new Interpretation(),
      INTERPRETATION_SHAPE.store({ content: answer.content }),
      {
        project: this.em.getReference(Project, project.id, { wrapped: true }),
        equipment: equipment ? this.em.getReference(Equipment, equipment.id, { wrapped: true }) : null,
        analysisId,
        provider: answer.provider,
        model: answer.model,
        language,
        fallbackReason: answer.fallbackReason,
      },
    );
    await this.em.persistAndFlush(interpretation);
    return interpretation;
  }
}

/** Stored interpretation content; no version has changed its shape yet. */
const INTERPRETATION_SHAPE = defineStoredShape<{ content: InterpretationContent }>('interpretation', ['content']);

export function contentOf(row: Interpretation): InterpretationContent {
  return INTERPRETATION_SHAPE.read(row).content;
}

/** The newest stored interpretation matching `where`, whoever wrote it (the caller checked access). */
function newestInterpretation(
  em: SqlEntityManager,
  where: FilterQuery<Interpretation>,
): Promise<Interpretation | null> {
  return em.findOne(Interpretation, where, { orderBy: { createdAt: 'desc' } });
}

/** The latest stored interpretation of a project's run in a language (for the report). */
export function storedFactoryInterpretation(
  em: SqlEntityManager,
  projectId: string,
  analysisId: string,
  language: InterpretationLanguage,
): Promise<Interpretation | null> {
  return newestInterpretation(em, { project: projectId, equipment: null, analysisId, language });
}
