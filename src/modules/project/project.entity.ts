import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { ProcessTypeKey } from '../../engine/process';

export const PROJECT_DEFAULTS = {
  operatingHours: 6000,
  energyPriceEurPerKWh: 0.08,
  ambientTemperatureC: 25,
  ambientPressureKPa: 101.325,
  gridEmissionFactorKgPerKWh: 0.4,
  carbonPriceEurPerTonne: 0,
} as const;

/** A factory: its equipment, process definition and dead state (one per plant, DESIGN §4). */
@ObjectType({ implements: Node, description: 'A factory (plant) under exergy audit.' })
@Entity({ tableName: 'project' })
@Index({ properties: ['createdAt', 'id'] })
export class Project {
  @Field(() => ID, { description: 'Id of the project.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Name of the project.' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => String, { description: 'Industrial sector; null when none was given.', nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  @Index()
  sector: string | null = null;

  @Field(() => String, { nullable: true, description: 'Free text about the project.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  processType: ProcessTypeKey | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  processLabel: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  processSubcategory: string | null = null;

  @Property({ type: 'json', nullable: true })
  processParameters: Record<string, unknown> | null = null;

  @Field(() => Float, { description: 'Operating hours of the plant, h/yr (default 6000).' })
  @Property({ type: 'double' })
  operatingHours: number = PROJECT_DEFAULTS.operatingHours;

  @Field(() => Float, { description: 'Energy price, EUR/kWh (default 0.08).' })
  @Property({ type: 'double' })
  energyPriceEurPerKWh: number = PROJECT_DEFAULTS.energyPriceEurPerKWh;

  @Field(() => Float, { description: 'Dead-state (ambient) temperature of the plant, °C (default 25).' })
  @Property({ type: 'double' })
  ambientTemperatureC: number = PROJECT_DEFAULTS.ambientTemperatureC;

  @Field(() => Float, { description: 'Dead-state (ambient) pressure of the plant, kPa (default 101.325).' })
  @Property({ type: 'double' })
  ambientPressureKPa: number = PROJECT_DEFAULTS.ambientPressureKPa;

  @Field(() => Float, {
    description:
      'CO₂ per kWh of grid electricity the plant takes, kg CO₂/kWh (location-based scope 2; default 0.4). Prices no energy; counts the indirect emissions of electric units.',
  })
  @Property({ type: 'double', default: PROJECT_DEFAULTS.gridEmissionFactorKgPerKWh })
  gridEmissionFactorKgPerKWh: number = PROJECT_DEFAULTS.gridEmissionFactorKgPerKWh;

  @Field(() => Float, {
    description: 'Price of CO₂ emitted, EUR per tonne (an ETS allowance or an internal carbon price; default 0).',
  })
  @Property({ type: 'double', default: PROJECT_DEFAULTS.carbonPriceEurPerTonne })
  carbonPriceEurPerTonne: number = PROJECT_DEFAULTS.carbonPriceEurPerTonne;

  /** The run the energy review compares with (ISO 50006 energy baseline); null: the first run of the history. */
  @Property({ type: 'uuid', nullable: true })
  energyBaselineAnalysisId: string | null = null;

  /** Bumped whenever hours, price, dead state or CO₂ settings change: analyses made before are stale. */
  @Property({ type: 'integer' })
  settingsVersion: number = 1;

  @Field(() => Date, { description: 'When the project was created (ISO 8601).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the project was last changed (ISO 8601).' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
