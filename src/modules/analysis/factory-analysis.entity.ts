import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { FactoryTotals, Hotspot, IntegrationOpportunity, Sankey, SankeyMode } from '../../engine/factory';
import type { GapAnalysisResult } from '../../engine/process';
import { Project } from '../project/project.entity';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import type { EquipmentSnapshot } from './stored-results';

/**
 * One factory-level analysis run of a project. The history is kept (the seed
 * kept only the latest). Since schema version 3 a run's per-unit results are
 * the analysis_result rows it wrote (`run` = this) and its Sankey diagrams are
 * derived from them on read; runs written before carry both as JSON
 * (`legacySankey`, `legacyEquipmentResults`, loaded only for those runs).
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

  @Property({ type: 'json', nullable: true })
  gapAnalysis!: Stored<GapAnalysisResult | null>;

  /** Schema ≤ 2: the Sankey diagram in each mode (null since 3). */
  @Property({ type: 'json', nullable: true, lazy: true, fieldName: 'sankey' })
  legacySankey: Stored<Record<SankeyMode, Sankey>> | null = null;

  /** Schema ≤ 2: a copy of every equipment result of the run (null since 3). */
  @Property({ type: 'json', nullable: true, lazy: true, fieldName: 'equipment_results' })
  legacyEquipmentResults: Stored<EquipmentSnapshot[]> | null = null;

  // Headline figures at the plant boundary (kW, %, EUR per year), equal to `totals`: list queries need no JSON.
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

  // The settings the run used (the Sankey's cost flow prices with them); null on runs from before schema 3.
  @Property({ type: 'double', nullable: true })
  operatingHours: number | null = null;

  @Property({ type: 'double', nullable: true })
  energyPriceEurPerKWh: number | null = null;

  @Property({ type: 'double', nullable: true })
  ambientTemperatureC: number | null = null;

  @Property({ type: 'double', nullable: true })
  ambientPressureKPa: number | null = null;

  // The CO₂ settings the run used; null on runs from before schema 5.
  @Property({ type: 'double', nullable: true })
  gridEmissionFactorKgPerKWh: number | null = null;

  @Property({ type: 'double', nullable: true })
  carbonPriceEurPerTonne: number | null = null;

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
