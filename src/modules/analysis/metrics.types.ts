/**
 * Type-specific metrics of each equipment type as GraphQL object types, one per
 * engine metrics interface (src/engine/equipment/<type>/analyse.ts), joined in the
 * `EquipmentMetrics` union. Units are in every name and description.
 */
import { createUnionType, Field, Float, ObjectType, type ClassType } from 'type-graphql';
import type {
  BoilerMetrics as EngineBoilerMetrics,
  ChillerMetrics as EngineChillerMetrics,
  CompressorMetrics as EngineCompressorMetrics,
  DryerMetrics as EngineDryerMetrics,
  EquipmentMetricsByType,
  EquipmentTypeKey,
  HeatExchangerMetrics as EngineHeatExchangerMetrics,
  PumpMetrics as EnginePumpMetrics,
  SteamTurbineMetrics as EngineSteamTurbineMetrics,
} from '../../engine/equipment';
import { bindsExactly } from '../shared/engine-binding';

@ObjectType({ description: 'Metrics specific to a compressor.' })
export class CompressorMetrics implements EngineCompressorMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'compressor';

  @Field(() => Float, { description: 'Air mass flow, kg/s.' })
  massFlowKgPerS!: number;

  @Field(() => Float, { nullable: true, description: 'kW per m³/min of free air' })
  specificPowerKWPerM3PerMin!: number | null;

  @Field(() => Float, { description: 'kPa, absolute' })
  outletPressureAbsKPa!: number;

  @Field(() => Float, { description: 'Outlet over ambient absolute pressure (dimensionless).' })
  pressureRatio!: number;

  @Field(() => Float, { description: 'Reversible isothermal power for the same delivery, kW.' })
  isothermalPowerKW!: number;

  @Field(() => Float, { nullable: true, description: 'W_isothermal / W_el, %' })
  isothermalEfficiencyPct!: number | null;

  @Field(() => Float, { description: 'Heat removed in oil cooler/aftercooler (energy balance), kW thermal.' })
  heatRejectedKW!: number;

  @Field(() => Float, { description: 'Delivered air temperature, °C.' })
  outletTempC!: number;
}

@ObjectType({ description: 'Metrics specific to a boiler.' })
export class BoilerMetrics implements EngineBoilerMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'boiler';

  @Field(() => Float, {
    nullable: true,
    description:
      "Useful heat to steam/water over the energy put in, %: for a fired boiler the fuel's higher (gross) heating value, so 0–100 % for a condensing boiler too; for an electric or waste-heat unit the electricity or the hot gas's heat.",
  })
  thermalEfficiencyPct!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Useful heat over the fuel’s lower (net) heating value, dimensionless ratio: above 1 for a condensing boiler (1.05 = "105 % on LHV" as EN 15502 quotes it); null for electric and waste-heat units.',
  })
  usefulHeatPerLhvInput!: number | null;

  @Field(() => Float, { description: 'Fuel energy input (LHV, or electric/waste-heat energy), kW' })
  fuelEnergyKW!: number;

  @Field(() => Float, { description: 'Heat to steam/water, kW' })
  usefulHeatKW!: number;

  @Field(() => Float, { description: 'Steam (or supply water) temperature, °C.' })
  steamTempC!: number;

  @Field(() => Float, { description: 'Specific flow exergy of the steam, kJ/kg.' })
  steamSpecificExergyKJPerKg!: number;

  @Field(() => Float, { description: 'Specific flow exergy of the feedwater, kJ/kg.' })
  feedwaterSpecificExergyKJPerKg!: number;

  @Field(() => Float, { description: 'Exergy lost with the flue gas, kW.' })
  flueGasLossKW!: number;

  @Field(() => Float, { description: 'Exergy lost with the blowdown, kW.' })
  blowdownLossKW!: number;

  @Field(() => Float, { description: 'Exergy lost with casing heat, kW.' })
  radiationLossKW!: number;

  @Field(() => Float, { nullable: true, description: 'kg steam per kg fuel; null for electric/waste-heat units' })
  steamToFuelRatio!: number | null;

  @Field(() => Float, { description: 'kg/h of CO₂ from the fuel; 0 for waste heat' })
  co2EmissionsKgPerH!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Adiabatic flame temperature of the fuel with its air (both entering at the dead state; complete combustion, no dissociation), °C; null for electric and waste-heat units and for runs from before it was computed.',
  })
  adiabaticFlameTemperatureC!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Exergy destroyed by the combustion itself, fuel exergy less the exergy of the products at the adiabatic flame temperature, kW; the rest of the destruction is heat transfer to the water. Null unless fired (and for runs from before it was computed).',
  })
  combustionDestructionKW!: number | null;
}

@ObjectType({ description: 'Metrics specific to a chiller.' })
export class ChillerMetrics implements EngineChillerMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'chiller';

  @Field(() => Float, { nullable: true, description: 'Q_e / W (electric) or Q_e / Q_g (absorption)' })
  cop!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Carnot COP between evaporating and condensing temperatures (3 K approaches)',
  })
  copCarnot!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'kW electric per ton of refrigeration (3.517 kW); null for absorption',
  })
  kwPerTon!: number | null;

  @Field(() => Float, { description: 'Heat rejected at the condenser, kW thermal' })
  condenserHeatKW!: number;

  @Field(() => Float, { description: 'Thermodynamic mean temperature of the chilled water, °C' })
  chilledWaterMeanTempC!: number;

  @Field(() => Float, { description: 'Mean condensing-side temperature, °C' })
  condenserMeanTempC!: number;

  @Field(() => Float, { nullable: true, description: 'COP / COP_Carnot, %' })
  secondLawCopRatioPct!: number | null;
}

@ObjectType({ description: 'Metrics specific to a pump.' })
export class PumpMetrics implements EnginePumpMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'pump';

  @Field(() => Float, { description: 'ρ g Q H, kW' })
  hydraulicPowerKW!: number;

  @Field(() => Float, { nullable: true, description: 'P_hyd / P_el, %' })
  wireToWaterEfficiencyPct!: number | null;

  @Field(() => Float, { description: 'P_el · η_motor, kW' })
  shaftPowerKW!: number;

  @Field(() => Float, { description: 'Motor loss P_el·(1 − η_motor), kW.' })
  motorLossKW!: number;

  @Field(() => Float, { description: 'Loss in the pump itself, kW (shaft − hydraulic − valve).' })
  pumpLossKW!: number;

  @Field(() => Float, { description: 'Loss across the control valve, kW.' })
  throttleLossKW!: number;

  @Field(() => Float, { nullable: true, description: 'Measured pump efficiency P_hyd/shaft, %' })
  pumpEfficiencyMeasuredPct!: number | null;

  @Field(() => Float, { description: 'Electric power a VSD would save, kW (affinity-law estimate).' })
  vsdSavingsPotentialKW!: number;
}

@ObjectType({ description: 'Metrics specific to a heat exchanger.' })
export class HeatExchangerMetrics implements EngineHeatExchangerMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'heat_exchanger';

  @Field(() => Float, { description: 'Heat given by the hot side, kW' })
  heatDutyKW!: number;

  @Field(() => Float, { description: 'Heat received by the cold side, kW' })
  coldSideHeatKW!: number;

  @Field(() => Float, { description: 'Counter-flow log-mean temperature difference, K' })
  lmtdK!: number;

  @Field(() => Float, { nullable: true, description: 'Q / [C_min (T_h,in − T_c,in)]' })
  effectiveness!: number | null;

  @Field(() => Float, { description: 'Entropy generated, kW/K' })
  entropyGenerationKWPerK!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of entropy generation due to heat transfer (vs pressure drop) (dimensionless)',
  })
  bejanNumber!: number | null;

  @Field(() => Float, { description: 'Exergy destroyed by the pressure drops, kW' })
  pressureDropDestructionKW!: number;

  @Field(() => Float, { description: 'Heat lost to the surroundings, kW' })
  heatLeakKW!: number;

  @Field(() => Float, { nullable: true, description: 'Q / Q_design; null without a design duty' })
  foulingRatio!: number | null;
}

@ObjectType({ description: 'Metrics specific to a steam turbine.' })
export class SteamTurbineMetrics implements EngineSteamTurbineMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'steam_turbine';

  @Field(() => Float, { description: 'Shaft power after mechanical losses, kW.' })
  shaftPowerKW!: number;

  @Field(() => Float, { description: 'Electric power at the generator terminals, kW.' })
  electricPowerKW!: number;

  @Field(() => Float, { description: 'Isentropic enthalpy drop inlet → exhaust pressure, kJ/kg.' })
  isentropicEnthalpyDropKJPerKg!: number;

  @Field(() => Float, { description: 'Exhaust steam temperature, °C.' })
  exhaustTempC!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Vapour fraction of the exhaust; null when superheated (dimensionless)',
  })
  exhaustQuality!: number | null;

  @Field(() => Float, { description: 'Exergy of the exhaust relative to the dead state, kW' })
  exhaustExergyKW!: number;

  @Field(() => Float, { description: 'Exhaust heat used (CHP), kW thermal' })
  heatRecoveredKW!: number;

  @Field(() => Float, { nullable: true, description: 'kg of steam per kWh of electricity' })
  specificSteamConsumptionKgPerKWh!: number | null;

  @Field(() => Float, { description: 'Superheat of the inlet steam, K' })
  inletSuperheatK!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Exergy destroyed by the expansion itself (blade and leakage friction), T0·ṁ·(s_exhaust − s_inlet), kW; the rest of the destruction is mechanical and generator loss. Null for runs from before it was computed.',
  })
  expansionDestructionKW!: number;
}

@ObjectType({ description: 'Metrics specific to a dryer.' })
export class DryerMetrics implements EngineDryerMetrics {
  /** The engine's discriminant (not a GraphQL field): the union resolves the member by it. */
  readonly type = 'dryer';

  @Field(() => Float, { description: 'Water removed from the product, kg/h.' })
  waterRemovedKgPerH!: number;

  @Field(() => Float, { description: 'Heat supplied to the dryer (measured or estimated), kW.' })
  heatInputKW!: number;

  @Field(() => Float, { description: 'Heat to evaporate the water, kW' })
  evaporationHeatKW!: number;

  @Field(() => Float, { nullable: true, description: '(evaporation + product heating) / heat input, %' })
  thermalEfficiencyPct!: number | null;

  @Field(() => Float, { nullable: true, description: 'Heat per kg of water removed, kJ/kg.' })
  specificEnergyKJPerKgWater!: number | null;

  @Field(() => Float, { nullable: true, description: 'kJ of exergy per kg water removed' })
  specificExergyKJPerKgWater!: number | null;

  @Field(() => Float, { description: 'Exergy of the moist exhaust air, kW' })
  exhaustExergyKW!: number;

  @Field(() => Float, { description: 'Dry-air flow through the dryer, kg/h' })
  airMassFlowKgPerH!: number;

  @Field(() => Float, { description: 'Relative humidity of the exhaust, %' })
  exhaustRelativeHumidityPct!: number;
}

/** One GraphQL class per engine metrics type; a type missing here is a compile error. */
const METRICS_BY_TYPE: { [K in EquipmentTypeKey]: ClassType<EquipmentMetricsByType[K]> } = {
  compressor: CompressorMetrics,
  boiler: BoilerMetrics,
  chiller: ChillerMetrics,
  pump: PumpMetrics,
  heat_exchanger: HeatExchangerMetrics,
  steam_turbine: SteamTurbineMetrics,
  dryer: DryerMetrics,
};

// Both directions: a field the engine dropped but the API still declares fails here.
bindsExactly<CompressorMetrics, EngineCompressorMetrics>(true);
bindsExactly<BoilerMetrics, EngineBoilerMetrics>(true);
bindsExactly<ChillerMetrics, EngineChillerMetrics>(true);
bindsExactly<PumpMetrics, EnginePumpMetrics>(true);
bindsExactly<HeatExchangerMetrics, EngineHeatExchangerMetrics>(true);
bindsExactly<SteamTurbineMetrics, EngineSteamTurbineMetrics>(true);
bindsExactly<DryerMetrics, EngineDryerMetrics>(true);

export const EquipmentMetricsUnion = createUnionType({
  name: 'EquipmentMetrics',
  description: 'The metrics of one equipment type; select fields with `... on CompressorMetrics { … }`.',
  types: () =>
    [
      CompressorMetrics,
      BoilerMetrics,
      ChillerMetrics,
      PumpMetrics,
      HeatExchangerMetrics,
      SteamTurbineMetrics,
      DryerMetrics,
    ] as const,
  // The engine's metrics carry their equipment type as `type` (not a GraphQL field).
  resolveType: (value) => METRICS_BY_TYPE[value.type],
});
