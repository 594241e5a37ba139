import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { AnyEquipmentResult as EquipmentResult, EquipmentTypeKey } from '../../engine/equipment';
import { Equipment } from '../equipment/equipment.entity';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import { FactoryAnalysis } from './factory-analysis.entity';

/**
 * One analysis of one equipment, immutable once written: a factory run writes
 * one per unit (`run` set), analyzeEquipment one on its own. `current` marks
 * each unit's latest. The headline figures are columns, so lists and the
 * common reads never parse the detail JSON (`result`, loaded only on demand).
 * `equipmentVersion` and `projectSettingsVersion` record what it was computed
 * from, so a client can tell a stale result.
 */
@Entity({ tableName: 'analysis_result' })
@Index({ properties: ['equipment', 'current'] })
export class AnalysisResult {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Equipment, ref: true, deleteRule: 'cascade' })
  equipment!: Ref<Equipment>;

  /** The factory run that wrote it; null for analyzeEquipment. */
  @ManyToOne({ entity: () => FactoryAnalysis, ref: true, nullable: true, deleteRule: 'cascade', index: true })
  run: Ref<FactoryAnalysis> | null = null;

  /** The unit's place in its run (the order the plant lists its equipment). */
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  /** Denormalised for project-wide queries without a join. */
  @Property({ type: 'uuid' })
  @Index()
  projectId!: string;

  /** The unit's latest analysis (one per unit). */
  @Property({ type: 'boolean', default: true })
  current: boolean = true;

  // What the unit was when analysed: a run reads as it was after renames and removals.
  @Property({ type: 'string', length: 255, default: '' })
  equipmentName!: string;

  @Property({ type: 'string', length: 50, default: '' })
  equipmentType!: EquipmentTypeKey;

  @Property({ type: 'string', length: 50, default: '' })
  equipmentSubtype!: string;

  /** The supplier link the analysis saw (the run's Sankey follows it). */
  @Property({ type: 'uuid', nullable: true })
  suppliedById: string | null = null;

  /** Headline figures, kW / % / EUR per year, equal to the detail's own. */
  @Property({ type: 'double', default: 0 })
  exergyFuelKW!: number;

  @Property({ type: 'double', default: 0 })
  exergyProductKW!: number;

  @Property({ type: 'double', default: 0 })
  exergyLossKW!: number;

  @Property({ type: 'double', default: 0 })
  exergyDestroyedKW!: number;

  @Property({ type: 'double', nullable: true })
  exergeticEfficiencyPct: number | null = null;

  @Property({ type: 'double', default: 0 })
  annualLossEur!: number;

  /** The engine's full EquipmentResult; read it with readEquipmentResult (stored-results.ts). */
  @Property({ type: 'json', lazy: true })
  result!: Stored<EquipmentResult>;

  /** Schema version the JSON columns were written at (shared/stored.ts); rows from before versioning are 1. */
  @Property({ type: 'integer', default: 1 })
  schemaVersion: number = STORED_SCHEMA_VERSION;

  @Property({ type: 'integer' })
  equipmentVersion!: number;

  @Property({ type: 'integer' })
  projectSettingsVersion!: number;

  @Property({ type: DateTimeType })
  analyzedAt: Date = new Date();
}
