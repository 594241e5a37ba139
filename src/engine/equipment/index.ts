/**
 * The equipment engines: seven modules of one shape (catalog + analyse +
 * recommendations) and the registry the rest of the system uses.
 *
 *   EQUIPMENT_MODULES[type]                       the catalog of a type
 *   validateEquipmentParameters(type, subtype, params, context)
 *                                                 every problem at once: catalog checks, then physics
 *   analyseEquipment(type, {subtype, parameters, context})
 *                                                 the EquipmentResult (throws EquipmentValidationError)
 */
import { boilerModule, type BoilerMetrics } from './boiler';
import { chillerModule, type ChillerMetrics } from './chiller';
import { compressorModule, type CompressorMetrics } from './compressor';
import { dryerModule, type DryerMetrics } from './dryer';
import { heatExchangerModule, type HeatExchangerMetrics } from './heat-exchanger';
import { pumpModule, type PumpMetrics } from './pump';
import { steamTurbineModule, type SteamTurbineMetrics } from './steam-turbine';
import { EquipmentValidationError, validateParameters } from './common/parameters';
import type {
  AnalysisContext,
  EquipmentInput,
  EquipmentModule,
  EquipmentResult,
  EquipmentTypeKey,
  ParameterValues,
  ValidationIssue,
} from './types';

export * from './types';
export { EquipmentValidationError } from './common/parameters';
export type {
  BoilerMetrics,
  ChillerMetrics,
  CompressorMetrics,
  DryerMetrics,
  HeatExchangerMetrics,
  PumpMetrics,
  SteamTurbineMetrics,
};

/** Metrics interface of each type; the key list is checked against EquipmentTypeKey (a missing type fails to compile). */
export type EquipmentMetricsByType = ByType<{
  compressor: CompressorMetrics;
  boiler: BoilerMetrics;
  chiller: ChillerMetrics;
  pump: PumpMetrics;
  heat_exchanger: HeatExchangerMetrics;
  steam_turbine: SteamTurbineMetrics;
  dryer: DryerMetrics;
}>;

/** Each key's metrics must carry that key as its `type` discriminant. */
type ByType<T extends { [K in EquipmentTypeKey]: { type: K } }> = T;

export type EquipmentMetrics = EquipmentMetricsByType[EquipmentTypeKey];

/** The registry: one module per type, each typed with its own metrics. */
export type EquipmentModules = { [K in EquipmentTypeKey]: EquipmentModule<EquipmentMetricsByType[K]> };

export const EQUIPMENT_MODULES: EquipmentModules = {
  compressor: compressorModule,
  boiler: boilerModule,
  chiller: chillerModule,
  pump: pumpModule,
  heat_exchanger: heatExchangerModule,
  steam_turbine: steamTurbineModule,
  dryer: dryerModule,
};

export function getEquipmentModule(type: EquipmentTypeKey): EquipmentModule {
  const module: EquipmentModule | undefined = EQUIPMENT_MODULES[type];
  if (!module) throw new Error(`unknown equipment type ${type}`);
  return module;
}

/** Catalog problems first; only a catalog-clean input is checked for physics. */
export function validateEquipmentParameters(
  type: EquipmentTypeKey,
  subtype: string | undefined,
  parameters: ParameterValues,
  context: AnalysisContext,
): ValidationIssue[] {
  const module = getEquipmentModule(type);
  const chosen = subtype ?? module.defaultSubtype;
  const issues = validateParameters(module, chosen, parameters);
  if (issues.length) return issues;
  return module.checkConsistency({ subtype: chosen, parameters, context });
}

export function analyseEquipment<K extends EquipmentTypeKey>(
  type: K,
  input: EquipmentInput,
): EquipmentResult<EquipmentMetricsByType[K]> {
  const module: EquipmentModule<EquipmentMetricsByType[K]> = EQUIPMENT_MODULES[type];
  if (!module) throw new Error(`unknown equipment type ${type}`);
  const issues = validateParameters(module, input.subtype, input.parameters);
  if (issues.length) throw new EquipmentValidationError(issues);
  return module.analyse(input);
}

/** A result of any type, its metrics those of its own type. */
export type AnyEquipmentResult = EquipmentResult<EquipmentMetrics>;
