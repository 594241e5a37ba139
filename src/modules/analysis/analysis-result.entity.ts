import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { AnyEquipmentResult as EquipmentResult } from '../../engine/equipment';
import { Equipment } from '../equipment/equipment.entity';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';

/**
 * The stored analysis of one equipment (one row per equipment, replaced on
 * re-analysis). `equipmentVersion` and `projectSettingsVersion` record what it
 * was computed from, so a client can tell a stale result.
 */
@Entity({ tableName: 'analysis_result' })
export class AnalysisResult {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => Equipment, ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  equipment!: Ref<Equipment>;

  /** Denormalised for project-wide queries without a join. */
  @Property({ type: 'uuid' })
  @Index()
  projectId!: string;

  /** The engine's full EquipmentResult; read it with readEquipmentResult (stored-results.ts). */
  @Property({ type: 'json' })
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
