import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { FactoryTotals, Hotspot, IntegrationOpportunity } from '../../engine/factory';
import type { GapAnalysisResult } from '../../engine/process';
import { STORED_SCHEMA_VERSION, type Stored } from '../shared/stored';
import type { RunUnitSnapshot } from '../analysis/factory-analysis.view';
import { Scenario } from './scenario.entity';
import type { ScenarioComparisonDocument } from './scenario-comparison';

/**
 * One analysis of a scenario: the modified plant's factory document, its unit results held in the row itself
 * (units a scenario adds have no equipment row to hang analysis_result rows on), the settings it used and its
 * comparison with the project's run it was set against. Immutable once written.
 */
@Entity({ tableName: 'scenario_run' })
@Index({ properties: ['scenario', 'analyzedAt'] })
@Unique({ properties: ['scenario', 'sequence'] })
export class ScenarioRun {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Scenario, ref: true, deleteRule: 'cascade' })
  scenario!: Ref<Scenario>;

  /** Denormalised for the access scope (every scoped table carries its project id). */
  @Property({ type: 'uuid' })
  @Index()
  projectId!: string;

  @Property({ type: 'integer' })
  sequence!: number;

  // The run's document, read with readScenarioRun (scenario-stored.ts).
  @Property({ type: 'json' })
  totals!: Stored<FactoryTotals>;

  @Property({ type: 'json' })
  hotspots!: Stored<Hotspot[]>;

  @Property({ type: 'json' })
  integrationOpportunities!: Stored<IntegrationOpportunity[]>;

  @Property({ type: 'json', nullable: true })
  gapAnalysis!: Stored<GapAnalysisResult | null>;

  @Property({ type: 'json', lazy: true })
  units!: Stored<RunUnitSnapshot[]>;

  @Property({ type: 'json' })
  comparison!: Stored<ScenarioComparisonDocument>;

  // The settings the run used.
  @Property({ type: 'double' })
  operatingHours!: number;

  @Property({ type: 'double' })
  energyPriceEurPerKWh!: number;

  @Property({ type: 'double' })
  ambientTemperatureC!: number;

  @Property({ type: 'double' })
  ambientPressureKPa!: number;

  @Property({ type: 'double' })
  gridEmissionFactorKgPerKWh!: number;

  @Property({ type: 'double' })
  carbonPriceEurPerTonne!: number;

  /** The project run it was compared with. */
  @Property({ type: 'uuid' })
  baselineAnalysisId!: string;

  /** The project's inputs fingerprint and the scenario's version it was computed from (staleness). */
  @Property({ type: 'string', length: 64 })
  baseFingerprint!: string;

  @Property({ type: 'integer' })
  scenarioVersion!: number;

  @Property({ type: 'integer', default: 1 })
  schemaVersion: number = STORED_SCHEMA_VERSION;

  @Property({ type: DateTimeType })
  analyzedAt: Date = new Date();
}
