import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Project } from '../project/project.entity';
import { Equipment } from '../equipment/equipment.entity';
import type { InterpretationContent, InterpretationLanguage } from '../../engine/interpret';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import type { InterpretationProviderKey } from './providers/provider';

/**
 * A written interpretation of a project's factory analysis or of one
 * equipment's analysis. `analysisId` names the analysis it interprets; it is
 * current only while that analysis is the latest (the seed served cached
 * interpretations of out-dated analyses).
 */
@Entity({ tableName: 'interpretation' })
@Index({ properties: ['project', 'createdAt'] })
@Index({ properties: ['equipment', 'createdAt'] })
export class Interpretation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  /** Set for an equipment interpretation; null for a project (factory) interpretation. */
  @ManyToOne({ entity: () => Equipment, ref: true, nullable: true, deleteRule: 'cascade' })
  equipment: Ref<Equipment> | null = null;

  /** Id of the FactoryAnalysis or AnalysisResult interpreted. */
  @Property({ type: 'uuid' })
  analysisId!: string;

  @Property({ type: 'string', length: 50 })
  provider!: InterpretationProviderKey;

  @Property({ type: 'string', length: 200, nullable: true })
  model: string | null = null;

  @Property({ type: 'string', length: 5 })
  language: InterpretationLanguage = 'EN';

  /** The structured interpretation (summary, actions, insights, warnings …). */
  @Property({ type: 'json' })
  content!: Stored<InterpretationContent>;

  /** Schema version the JSON columns were written at (shared/stored.ts); rows from before versioning are 1. */
  @Property({ type: 'integer', default: 1 })
  schemaVersion: number = STORED_SCHEMA_VERSION;

  /** Why the LLM provider's answer was not used, when it fell back to the built-in one. */
  @Property({ type: 'text', nullable: true })
  fallbackReason: string | null = null;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}
