import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Project } from '../project/project.entity';

/**
 * One factory-level analysis run of a project. The history is kept (the seed
 * kept only the latest); the equipment results of the run are snapshotted so
 * an old run still reads as it was.
 */
@Entity({ tableName: 'factory_analysis' })
@Index({ properties: ['project', 'analyzedAt'] })
@Unique({ properties: ['project', 'sequence'] })
export class FactoryAnalysis {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  /** Run number within the project (1, 2, …); unique per project, so two concurrent runs cannot both land as the same run. */
  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'json' })
  totals!: Record<string, unknown>;

  @Property({ type: 'json' })
  hotspots!: unknown[];

  @Property({ type: 'json' })
  integrationOpportunities!: unknown[];

  @Property({ type: 'json' })
  sankey!: Record<string, unknown>;

  @Property({ type: 'json', nullable: true })
  gapAnalysis: Record<string, unknown> | null = null;

  /** Snapshot of every equipment result of this run. */
  @Property({ type: 'json' })
  equipmentResults!: unknown[];

  @Property({ type: 'integer' })
  projectSettingsVersion!: number;

  /** Fingerprint of every input (equipment versions, settings, process) the run used. */
  @Property({ type: 'string', length: 64 })
  inputsFingerprint!: string;

  @Property({ type: 'datetime' })
  analyzedAt: Date = new Date();
}
