import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { FactoryTotals, Hotspot, IntegrationOpportunity, Sankey, SankeyMode } from '../../engine/factory';
import type { GapAnalysisResult } from '../../engine/process';
import { Project } from '../project/project.entity';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import type { EquipmentSnapshot } from './stored-results';

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

  // The run's document, read with readFactoryAnalysis (stored-results.ts).
  @Property({ type: 'json' })
  totals!: Stored<FactoryTotals>;

  @Property({ type: 'json' })
  hotspots!: Stored<Hotspot[]>;

  @Property({ type: 'json' })
  integrationOpportunities!: Stored<IntegrationOpportunity[]>;

  /** The Sankey diagram in each mode. */
  @Property({ type: 'json' })
  sankey!: Stored<Record<SankeyMode, Sankey>>;

  @Property({ type: 'json', nullable: true })
  gapAnalysis!: Stored<GapAnalysisResult | null>;

  /** Snapshot of every equipment result of this run. */
  @Property({ type: 'json' })
  equipmentResults!: Stored<EquipmentSnapshot[]>;

  /** Schema version the JSON columns were written at (shared/stored.ts); rows from before versioning are 1. */
  @Property({ type: 'integer', default: 1 })
  schemaVersion: number = STORED_SCHEMA_VERSION;

  @Property({ type: 'integer' })
  projectSettingsVersion!: number;

  /** Fingerprint of every input (equipment versions, settings, process) the run used. */
  @Property({ type: 'string', length: 64 })
  inputsFingerprint!: string;

  @Property({ type: DateTimeType })
  analyzedAt: Date = new Date();
}
