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

export type EquipmentMetrics =
  | CompressorMetrics
  | BoilerMetrics
  | ChillerMetrics
  | PumpMetrics
  | HeatExchangerMetrics
  | SteamTurbineMetrics
  | DryerMetrics;

export const EQUIPMENT_MODULES: Record<EquipmentTypeKey, EquipmentModule> = {
  compressor: compressorModule as unknown as EquipmentModule,
  boiler: boilerModule as unknown as EquipmentModule,
  chiller: chillerModule as unknown as EquipmentModule,
  pump: pumpModule as unknown as EquipmentModule,
  heat_exchanger: heatExchangerModule as unknown as EquipmentModule,
  steam_turbine: steamTurbineModule as unknown as EquipmentModule,
  dryer: dryerModule as unknown as EquipmentModule,
};

export function getEquipmentModule(type: EquipmentTypeKey): EquipmentModule {
  const module = EQUIPMENT_MODULES[type];
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

export function analyseEquipment(type: EquipmentTypeKey, input: EquipmentInput): EquipmentResult<EquipmentMetrics> {
  const module = getEquipmentModule(type);
  const issues = validateParameters(module, input.subtype, input.parameters);
  if (issues.length) throw new EquipmentValidationError(issues);
  return module.analyse(input) as EquipmentResult<EquipmentMetrics>;
}
