/**
 * The shape every equipment module shares (one module per equipment type).
 *
 * A module declares its subtypes and parameter definitions (the catalog a
 * frontend builds its forms from), checks physically impossible combinations,
 * and analyses one piece of equipment into an `EquipmentResult`.
 *
 * Balance of every result (spec/equipment.md C-G1, Bejan–Tsatsaronis–Moran 1996):
 *   exergyFuelKW = exergyProductKW + exergyLossKW + exergyDestroyedKW
 * closed to 1e-9 relative. All powers in kW, temperatures in °C unless the
 * name says K. No NaN/Infinity: an undefined ratio is `null`.
 */
import type { DeadState } from '../thermo/dead-state';
import type { FuelKey } from '../thermo/fuels';

/** The equipment types, written once: every per-type table is a Record over these keys. */
export const EQUIPMENT_TYPE_KEYS = [
  'compressor',
  'boiler',
  'chiller',
  'pump',
  'heat_exchanger',
  'steam_turbine',
  'dryer',
] as const;

export type EquipmentTypeKey = (typeof EQUIPMENT_TYPE_KEYS)[number];

export function isEquipmentTypeKey(value: string): value is EquipmentTypeKey {
  return (EQUIPMENT_TYPE_KEYS as readonly string[]).includes(value);
}

export type ParameterValue = number | string | boolean;
export type ParameterValues = Record<string, ParameterValue>;

export interface ParameterOption {
  value: string;
  labelEn: string;
  labelTr: string;
}

/** One input of an equipment type, as the catalog publishes it. */
export interface ParameterDefinition {
  /** snake_case key used in `parameters` JSON, e.g. `outlet_pressure_bar`. */
  key: string;
  kind: 'number' | 'integer' | 'boolean' | 'enum';
  /** Unit symbol ('kW', 'bar', '°C', 'h/yr', 'EUR/kWh', 'm³/min', '-' …); null for booleans/enums. */
  unit: string | null;
  /** Default applied when absent; null when there is none (required or derived). */
  defaultValue: ParameterValue | null;
  min: number | null;
  max: number | null;
  /** True when `min` itself is not allowed (range (min, max]). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  options?: ParameterOption[];
  required: boolean;
  labelEn: string;
  labelTr: string;
  description: string;
  /** Only these subtypes accept the parameter; absent = all subtypes. */
  subtypes?: string[];
}

export interface SubtypeDefinition {
  key: string;
  labelEn: string;
  labelTr: string;
  /** Subtype-specific defaults that override ParameterDefinition.defaultValue. */
  parameterDefaults?: Record<string, ParameterValue>;
  /** Subtype-specific ranges that override ParameterDefinition.min/max. */
  parameterRanges?: Record<string, { min?: number; max?: number }>;
}

/** The project-level context of an analysis. */
export interface AnalysisContext {
  /** The project's dead state (one per plant, DESIGN §4). */
  deadState: DeadState;
  /** The project's operating hours, h/yr; an equipment `operating_hours` parameter overrides it. */
  operatingHoursPerYear: number;
  /** The project's energy price, EUR/kWh; an equipment price parameter overrides it. */
  energyPriceEurPerKWh: number;
  /** The project's CO₂ settings (grid factor, carbon price). */
  carbon: CarbonSettings;
}

/** How a project counts and prices CO₂. */
export interface CarbonSettings {
  /** kg CO₂ per kWh of electricity taken from the grid (scope 2, location based). */
  gridEmissionFactorKgPerKWh: number;
  /** Price of one tonne of CO₂ emitted, EUR/t (an ETS allowance or an internal carbon price). */
  carbonPriceEurPerTonne: number;
}

export type ValidationIssueCode =
  'UNKNOWN_PARAMETER' | 'MISSING_REQUIRED' | 'WRONG_TYPE' | 'OUT_OF_RANGE' | 'INCONSISTENT' | 'UNKNOWN_SUBTYPE';

export interface ValidationIssue {
  /** Parameter key (or `subtype`) the problem is about. */
  path: string;
  code: ValidationIssueCode;
  message: string;
  min?: number | null;
  max?: number | null;
}

export interface Warning {
  code: string;
  message: string;
}

/** An exergy loss stream (leaves the unit unused): flue gas, condenser heat, exhaust … */
export interface LossStream {
  key: string;
  label: string;
  exergyKW: number;
}

/** Waste heat a factory could use elsewhere (the factory engine matches these). */
export interface HeatRecoveryStream {
  key: string;
  label: string;
  /** Recoverable heat, kW thermal. */
  heatKW: number;
  /** Exergy of that heat at its temperature, kW. */
  exergyKW: number;
  /** Temperature the heat is available at, °C. */
  temperatureC: number;
  medium: 'air' | 'water' | 'flue_gas' | 'steam' | 'exhaust_air' | 'oil' | 'refrigerant' | 'other';
}

/**
 * A process heat load of the unit for the plant's pinch analysis: heat in kW from the unit's energy balance (never an
 * exergy value), between the temperatures the stream has in the unit.
 */
export interface ProcessHeatStream {
  key: string;
  label: string;
  /** hot: gives heat as it goes from supply to target; cold: takes heat. */
  kind: 'hot' | 'cold';
  /**
   * sensible: the temperature changes from supply to target; latent: heat at one temperature (evaporation,
   * condensation), supply = target.
   */
  phase: 'sensible' | 'latent';
  /** °C. */
  supplyTemperatureC: number;
  /** °C; equal to the supply for a latent stream. */
  targetTemperatureC: number;
  /** Heat given (hot) or taken (cold), kW thermal, > 0. */
  dutyKW: number;
  medium: HeatRecoveryStream['medium'];
  /**
   * The hot stream is the unit's own heat source (a heat exchanger's hot side, a waste-heat boiler's gas): it heats the
   * unit's cold streams now, so that exchange is heat the plant already recovers (or, for steam, bought utility).
   */
  isUnitHeatSource: boolean;
}

export type BenchmarkClass = 'poor' | 'below_average' | 'average' | 'good' | 'excellent';

export interface Benchmark {
  benchmarkClass: BenchmarkClass;
  /** 0–100. */
  percentile: number;
  comparisonTextEn: string;
  comparisonTextTr: string;
  /** Thresholds used, % exergetic efficiency. */
  poorPct: number;
  averagePct: number;
  goodPct: number;
  excellentPct: number;
}

/** SPECO exergoeconomics (spec §0.5 with Corrections C-EC1..3). */
export interface Exergoeconomics {
  purchasedEquipmentCostEur: number;
  /** True when PEC comes from the cost correlation, not from `equipment_cost_eur`. */
  purchasedEquipmentCostEstimated: boolean;
  totalCapitalInvestmentEur: number;
  capitalRecoveryFactor: number;
  /** Ż, EUR/h. */
  investmentCostRateEurPerH: number;
  /** c_F per kWh of exergy, EUR/kWh. */
  fuelCostEurPerKWh: number;
  /** Ċ_D = c_F·E_D, EUR/h. */
  destructionCostRateEurPerH: number;
  /** Ċ_L = c_F·E_L, EUR/h. */
  lossCostRateEurPerH: number;
  /** f = Ż/(Ż + Ċ_D + Ċ_L); null when the denominator is 0. */
  exergoeconomicFactor: number | null;
  /** c_P = (c_F·E_F + Ż)/E_P, EUR/kWh; null when E_P = 0. */
  productCostEurPerKWh: number | null;
  /** r = (c_P − c_F)/c_F; null when undefined. */
  relativeCostDifference: number | null;
  /** Ż + Ċ_D + Ċ_L, EUR/h. */
  totalCostRateEurPerH: number;
}

export type RecommendationPriority = 'high' | 'medium' | 'low';

export interface Recommendation {
  key: string;
  category: string;
  titleEn: string;
  titleTr: string;
  descriptionEn: string;
  descriptionTr: string;
  /** Exergy saved, kW; null where not estimated. */
  savingsKW: number | null;
  savingsEurPerYear: number;
  /** null where unknown; 0 for a no-cost measure. */
  investmentEur: number | null;
  /** null when savings are 0 or investment unknown. */
  paybackYears: number | null;
  priority: RecommendationPriority;
  /**
   * Fossil CO₂ the measure avoids, t/yr: the exergy it saves times the unit's CO₂ per kWh of exergy of fuel; null
   * where savings are not estimated, the unit's fuel comes from outside the modelled plant, or on results stored
   * before CO₂ accounting.
   */
  co2AvoidedTonnesPerYear: number | null;
}

/** What a unit's emissions come from: its own fuel, its electricity, or a stream (heat, steam) supplied to it. */
export type CarbonSource = 'fuel' | 'electricity' | 'supplied';

/** One of a unit's products with the CO₂ allocated to it by exergy (a CHP turbine: its power and its heat). */
export interface CarbonProductShare {
  key: string;
  label: string;
  /** kW of exergy. */
  exergyKW: number;
  /** t CO₂/yr. */
  co2AllocatedTonnesPerYear: number | null;
}

/**
 * A unit's CO₂ account, t/yr over its operating hours. Its own emissions are those of the fuel and electricity it
 * takes at the plant boundary; what it receives with a supplied stream and what it passes on with its product are
 * allocated by exergy (every kWh of exergy of a unit's product carries the same CO₂), so a plant's units add up to
 * its boundary emissions with nothing counted twice.
 */
export interface EquipmentCarbon {
  source: CarbonSource;
  /** The fuel burnt where source is 'fuel'. */
  fuel: FuelKey | null;
  /** Share of the unit's exergy of fuel bought at the plant boundary, 0–1 (1 outside a plant). */
  boundaryShare: number;
  /** Fossil CO₂ from burning the unit's fuel (IPCC 2006 default factors), t/yr. */
  co2DirectTonnesPerYear: number;
  /** CO₂ of the grid electricity the unit takes, at the grid factor, t/yr. */
  co2IndirectTonnesPerYear: number;
  /** Biogenic CO₂ from biomass, t/yr: reported apart and not in the emissions (GHG Protocol). */
  co2BiogenicTonnesPerYear: number;
  /** Direct + indirect, t/yr. */
  co2EmissionsTonnesPerYear: number;
  /** The emissions priced at the carbon price, EUR/yr. */
  co2CostEurPerYear: number;
  /** CO₂ carried in with the exergy another unit of the plant supplies, t/yr; null when part of the unit's fuel comes from outside the modelled plant. */
  co2SuppliedTonnesPerYear: number | null;
  /** CO₂ handed on with the product this unit supplies to others, t/yr; null when its own CO₂ is not fully known. */
  co2PassedOnTonnesPerYear: number | null;
  /** The CO₂ of the product the unit keeps: emissions + supplied − passed on, t/yr; null where supplied is. */
  co2AllocatedTonnesPerYear: number | null;
  /** CO₂ per kWh of exergy of product, kg/kWh; null without product or with an unknown supply. */
  co2IntensityKgPerKWh: number | null;
  products: CarbonProductShare[];
}

/** What the unit's exergy of fuel is, so the factory can follow supply links and price it. */
export type FuelKind = 'electricity' | 'fuel' | 'heat' | 'steam' | 'hot_water' | 'hot_air';

export interface EquipmentResult<M extends { type: EquipmentTypeKey } = { type: EquipmentTypeKey }> {
  type: EquipmentTypeKey;
  subtype: string;
  /** E_F, kW. */
  exergyFuelKW: number;
  /** E_P, kW. */
  exergyProductKW: number;
  /** E_L, kW (sum of `losses`). */
  exergyLossKW: number;
  /** E_D = T0·S_gen, kW. */
  exergyDestroyedKW: number;
  /** 100·E_P/E_F, %; null when E_F = 0. */
  exergeticEfficiencyPct: number | null;
  /**
   * First-law efficiency, 0–100 %; null where not meaningful (chiller: a COP, see metrics). Per type: compressor
   * isothermal efficiency W_iso/W_el (reversible isothermal work at intake conditions over the electric input);
   * boiler thermal efficiency (useful heat / heat input, HHV basis for a fired boiler); dryer thermal efficiency; pump wire-to-water P_hyd/P_el; heat exchanger
   * heat gained by the cold side / heat given by the hot side; steam turbine (power + useful heat) / enthalpy drop.
   */
  energyEfficiencyPct: number | null;
  exergyDestroyedAvoidableKW: number;
  exergyDestroyedUnavoidableKW: number;
  /** 100·AV/E_D, %; null when E_D = 0. */
  avoidableRatioPct: number | null;
  /** Effective hours, h/yr (equipment override or project). */
  operatingHoursPerYear: number;
  /** Effective price of the unit's fuel, EUR/kWh. */
  energyPriceEurPerKWh: number;
  /** (E_D + E_L)·hours, kWh/yr: all exergy the unit wastes. */
  annualLossKWh: number;
  /** annualLossKWh · c_F (per kWh exergy), EUR/yr. */
  annualLossEur: number;
  fuelKind: FuelKind;
  /** Thermal power of the fuel/heat input where it is a heat or fuel (kW, LHV basis); null for electricity. */
  fuelEnergyKW: number | null;
  losses: LossStream[];
  heatRecovery: HeatRecoveryStream[];
  /** Sum of heatRecovery[].heatKW, kW thermal. */
  heatRecoveryPotentialKW: number;
  /**
   * The unit's process heat loads for the plant pinch ([] for a pump, and on results stored before schema 5);
   * internal to the plant pinch: the published AnalysisResult leaves it out.
   */
  heatStreams: ProcessHeatStream[];
  metrics: M;
  economics: Exergoeconomics;
  benchmark: Benchmark;
  recommendations: Recommendation[];
  warnings: Warning[];
  /** The unit's CO₂ account; null only on results stored before CO₂ accounting (schema < 5). */
  carbon: EquipmentCarbon | null;
}

export interface EquipmentInput {
  subtype: string;
  /** Validated parameters as the user gave them (defaults not yet applied). */
  parameters: ParameterValues;
  context: AnalysisContext;
}

export interface EquipmentModule<M extends { type: EquipmentTypeKey } = { type: EquipmentTypeKey }> {
  type: M['type'];
  labelEn: string;
  labelTr: string;
  /** The type's name inside an English sentence ("air compressor"), for the interpreter. */
  nounEn: string;
  /** The type's name inside a Turkish sentence ("hava kompresörü"), for the interpreter. */
  nounTr: string;
  description: string;
  subtypes: SubtypeDefinition[];
  /** Used when the client names no subtype. */
  defaultSubtype: string;
  parameters: ParameterDefinition[];
  /** Physically impossible combinations (after defaults are applied); [] when consistent. */
  checkConsistency(input: EquipmentInput): ValidationIssue[];
  /** Analyse one unit. Throws EquipmentValidationError for invalid input. */
  analyse(input: EquipmentInput): EquipmentResult<M>;
}
