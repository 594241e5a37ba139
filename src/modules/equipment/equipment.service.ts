import type { SqlEntityManager } from '@mikro-orm/knex';
import { InputError, NotFoundError, type InputIssue } from '../shared/errors';
import { assertKnownIdShape, isUuid } from '../shared/ids';
import { Project } from '../project/project.entity';
import { ProjectRole } from '../project/project-role.enum';
import type { ProjectAccess } from '../project/project-access';
import { withProjectLock } from '../project/project-lock';
import { Equipment } from './equipment.entity';
import type { EquipmentInput, UpdateEquipmentInput } from './equipment.inputs';
import { checkEquipment } from './equipment-validation';
import { analysisContextOf } from '../project/analysis-context';
import { DEFAULT_LIMITS } from '../../config';

export class EquipmentService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: ProjectAccess,
    /** MAX_EQUIPMENT_PER_PROJECT: live units one project may hold. */
    private readonly maxEquipmentPerProject = DEFAULT_LIMITS.maxEquipmentPerProject,
  ) {}

  /** A live unit when the caller's role in its project allows `needed` (NOT_FOUND when it is not a member). */
  async get(id: string, needed: ProjectRole = ProjectRole.VIEWER): Promise<Equipment> {
    const equipment = await this.live(id);
    await this.access.require(equipment.project.id, needed, 'Equipment', id);
    return equipment;
  }

  /** A live unit, without a role check: inside a locked transaction, whose role was checked before it began. */
  private async live(id: string): Promise<Equipment> {
    assertKnownIdShape('Equipment', id);
    const equipment = await this.em.findOne(Equipment, { id });
    if (!equipment) throw new NotFoundError('Equipment', id);
    return equipment;
  }

  add(projectId: string, input: EquipmentInput): Promise<Equipment> {
    return this.addMany(projectId, [input], () => 'input').then(([equipment]) => equipment);
  }

  /** All or nothing: every input is checked first; one problem anywhere stores none. */
  addBatch(projectId: string, inputs: EquipmentInput[]): Promise<Equipment[]> {
    return this.addMany(projectId, inputs, (i) => `inputs[${i}]`);
  }

  async update(id: string, input: UpdateEquipmentInput): Promise<Equipment> {
    const { project } = await this.get(id, ProjectRole.EDITOR);
    return withProjectLock(this.em, project.id, (tx) => this.over(tx).updateLocked(id, input));
  }

  /**
   * Removes a unit from the plant, keeping it as a tombstone for the history
   * (with its last stored result). Units it supplied lose the link and become
   * stale, as their input changed.
   */
  async remove(id: string): Promise<boolean> {
    const { project } = await this.get(id, ProjectRole.EDITOR);
    await withProjectLock(this.em, project.id, (tx) => this.over(tx).removeLocked(id));
    return true;
  }

  /** This service inside a transaction (every read and write through `tx`). */
  private over(tx: SqlEntityManager): EquipmentService {
    return new EquipmentService(tx, this.access, this.maxEquipmentPerProject);
  }

  private async updateLocked(id: string, input: UpdateEquipmentInput): Promise<Equipment> {
    const equipment = await this.live(id);
    const issues: InputIssue[] = [];
    if ('name' in input && input.name == null)
      issues.push({ path: 'input.name', code: 'REQUIRED', message: 'name cannot be removed' });
    if ('type' in input && input.type == null)
      issues.push({ path: 'input.type', code: 'REQUIRED', message: 'type cannot be removed' });
    if ('parameters' in input && input.parameters == null) {
      issues.push({
        path: 'input.parameters',
        code: 'REQUIRED',
        message: 'parameters cannot be removed; give {} for none',
      });
    }
    const type = input.type ?? equipment.type;
    const typeChanged = type !== equipment.type;
    const project = await this.em.findOneOrFail(Project, { id: equipment.project.id });
    const checked = checkEquipment(
      type,
      input.subtype ?? (typeChanged ? null : equipment.subtype),
      input.parameters ?? equipment.parameters,
      'input',
      analysisContextOf(project),
    );
    issues.push(...checked.issues);
    if (input.suppliedById !== undefined && input.suppliedById !== null) {
      issues.push(
        ...(await this.checkSupplier(equipment.project.id, input.suppliedById, 'input.suppliedById', equipment.id)),
      );
    }
    if (issues.length) throw new InputError(issues);

    const analysed =
      typeChanged ||
      checked.subtype !== equipment.subtype ||
      input.parameters != null ||
      input.suppliedById !== undefined;
    if (input.name != null) equipment.name = input.name.trim();
    equipment.type = type;
    equipment.subtype = checked.subtype;
    equipment.parameters = checked.parameters;
    if (input.suppliedById !== undefined) {
      equipment.suppliedBy = input.suppliedById
        ? this.em.getReference(Equipment, input.suppliedById, { wrapped: true })
        : null;
    }
    if (analysed) equipment.version += 1;
    await this.em.flush();
    return equipment;
  }

  private async removeLocked(id: string): Promise<void> {
    const equipment = await this.live(id);
    const consumers = await this.em.find(Equipment, { suppliedBy: equipment.id });
    for (const consumer of consumers) {
      consumer.suppliedBy = null;
      consumer.version += 1;
    }
    equipment.removedAt = new Date();
    equipment.suppliedBy = null;
    equipment.version += 1;
    await this.em.flush();
  }

  private async addMany(
    projectId: string,
    inputs: EquipmentInput[],
    pathOf: (index: number) => string,
  ): Promise<Equipment[]> {
    assertKnownIdShape('Project', projectId);
    const notFound = new NotFoundError('Project', projectId);
    await this.access.require(projectId, ProjectRole.EDITOR, 'Project', projectId);
    return withProjectLock(this.em, projectId, (tx) =>
      this.over(tx).addManyLocked(projectId, inputs, pathOf, notFound),
    );
  }

  private async addManyLocked(
    projectId: string,
    inputs: EquipmentInput[],
    pathOf: (index: number) => string,
    notFound: NotFoundError,
  ): Promise<Equipment[]> {
    const project = await this.em.findOne(Project, { id: projectId });
    if (!project) throw notFound;
    if (inputs.length === 0)
      throw new InputError([{ path: 'inputs', code: 'INVALID', message: 'give at least one equipment' }]);
    if (inputs.length > 500) {
      throw new InputError([
        { path: 'inputs', code: 'OUT_OF_RANGE', message: 'at most 500 equipment per batch', max: 500 },
      ]);
    }
    const present = await this.em.count(Equipment, { project: projectId });
    if (present + inputs.length > this.maxEquipmentPerProject) {
      const room = Math.max(0, this.maxEquipmentPerProject - present);
      throw new InputError([
        {
          path: inputs.length === 1 ? pathOf(0) : 'inputs',
          code: 'OUT_OF_RANGE',
          message: `a project holds at most ${this.maxEquipmentPerProject} equipment; it has ${present}, so ${room} more can be added`,
          max: room,
        },
      ]);
    }
    const issues: InputIssue[] = [];
    const rows: Equipment[] = [];
    for (const [index, input] of inputs.entries()) {
      const path = pathOf(index);
      const checked = checkEquipment(input.type, input.subtype, input.parameters, path, analysisContextOf(project));
      issues.push(...checked.issues);
      if (input.suppliedById)
        issues.push(...(await this.checkSupplier(projectId, input.suppliedById, `${path}.suppliedById`)));
      const equipment = new Equipment();
      equipment.project = this.em.getReference(Project, projectId, { wrapped: true });
      equipment.name = input.name.trim();
      equipment.type = input.type;
      equipment.subtype = checked.subtype;
      equipment.parameters = checked.parameters;
      equipment.suppliedBy = input.suppliedById
        ? this.em.getReference(Equipment, input.suppliedById, { wrapped: true })
        : null;
      rows.push(equipment);
    }
    if (issues.length) throw new InputError(issues);
    // Distinct, increasing timestamps keep the batch's order when listed oldest first.
    const now = Date.now();
    rows.forEach((row, index) => {
      row.createdAt = new Date(now + index);
      row.updatedAt = row.createdAt;
    });
    rows.forEach((row) => this.em.persist(row));
    await this.em.flush();
    return rows;
  }

  /** The supplier must be another equipment of the same project, and the link must not close a cycle. */
  private async checkSupplier(
    projectId: string,
    supplierId: string,
    path: string,
    selfId?: string,
  ): Promise<InputIssue[]> {
    const fail = (message: string): InputIssue[] => [{ path, code: 'INCONSISTENT', message }];
    if (!isUuid(supplierId)) return fail('no equipment with this id');
    if (supplierId === selfId) return fail('an equipment cannot supply itself');
    // Plain rows, not entities: partial entities must not enter this request's identity map.
    const chain: { id: string; supplied_by_id: string | null }[] = await this.em
      .createQueryBuilder(Equipment)
      .select(['id', 'supplied_by_id'])
      .where({ project: projectId })
      .execute('all', false);
    const supplierOf = new Map(chain.map((e) => [e.id, e.supplied_by_id]));
    if (!supplierOf.has(supplierId)) return fail('no equipment with this id in this project');
    for (
      let at: string | null = supplierId, hops = 0;
      at && hops <= chain.length;
      at = supplierOf.get(at) ?? null, hops++
    ) {
      if (at === selfId) return fail('this link would make a supply cycle');
    }
    return [];
  }
}
