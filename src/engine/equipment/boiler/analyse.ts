/**
 * Boiler exergy model, corrected (spec/equipment.md §3.4 with C-BO1..C-BO5,
 * C-G1, C-EC1): IAPWS-IF97 for steam, feedwater and blowdown at the project's
 * dead state; E_F = φ·LHV·ṁ_fuel (electric: P_el; HRSG: the hot gas's exergy
 * drop); flue gas, blowdown and casing heat are losses; E_D is what the
 * balance leaves (combustion and heat-transfer irreversibility).
 */
import {
  CELSIUS_TO_KELVIN,
  fuelCombustionProducts,
  gasExergyChangeKJPerKg,
  gasFlowExergyKJPerKg,
  gasHeatKJPerKg,
  getFuel,
  type FuelKey,
  heatExergyKW,
  saturatedLiquidAtP,
  saturatedVaporAtP,
  saturationTemperatureK,
  waterFlowExergyKJPerKg,
  waterStatePT,
  type DeadState,
  type GasMixture,
  type WaterState,
} from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, ratio } from '../common/result';
import type { EquipmentResult, HeatRecoveryStream, LossStream } from '../types';
import type { BoilerSubtypeData } from './parameters';
import { combustionStep } from './combustion';
import { boilerHeatStreams, type BoilerStreamInput } from './heat-streams';
import { boilerRecommendations } from './recommendations';

export interface BoilerMetrics {
  type: 'boiler';
  /**
   * Useful heat to steam/water over the energy put in, %: for a fired boiler the fuel's higher (gross) heating value,
   * the most heat it can give with its water of combustion condensed, so 0–100 % for a condensing boiler too; for an
   * electric or waste-heat unit the electricity or the heat given by the hot gas.
   */
  thermalEfficiencyPct: number | null;
  /**
   * Useful heat over the fuel's lower (net) heating value, a ratio (not a percentage: above 1 for a condensing boiler,
   * e.g. 1.05 where the trade quotes "105 % on LHV", EN 15502); null for electric and waste-heat units.
   */
  usefulHeatPerLhvInput: number | null;
  /** Fuel energy input (LHV, or electric/waste-heat energy), kW */
  fuelEnergyKW: number;
  /** Heat to steam/water, kW */
  usefulHeatKW: number;
  /** °C */
  steamTempC: number;
  /** kJ/kg */
  steamSpecificExergyKJPerKg: number;
  /** kJ/kg */
  feedwaterSpecificExergyKJPerKg: number;
  flueGasLossKW: number;
  blowdownLossKW: number;
  radiationLossKW: number;
  /** kg steam per kg fuel; null for electric/waste-heat units */
  steamToFuelRatio: number | null;
  /** kg/h of CO₂ from the fuel; 0 for waste heat */
  co2EmissionsKgPerH: number;
  /** Adiabatic flame temperature of the fuel with its air, °C; null for electric and waste-heat units */
  adiabaticFlameTemperatureC: number | null;
  /** Exergy destroyed by the combustion itself (the rest of E_D is heat transfer), kW; null unless fired */
  combustionDestructionKW: number | null;
}

/**
 * Flue gas and the waste-heat boiler's hot gas are ideal-gas mixtures with temperature-dependent cp (thermo/ideal-gas,
 * GRI-Mech 3.0 polynomials), replacing the former constant cp = 1.1 kJ/(kg·K) of spec §3.2, which put the exergy of
 * methane flue gas 9.7 % low at 800 °C. Fired units: the products of the catalog fuel at the given excess air. The
 * HRSG has no composition input: its gas is taken as natural-gas flue gas at 15 % excess air (the catalog's default
 * excess air); gas-turbine exhaust, leaner (≈ 200 % excess air), has a 6 % lower exergy per kg at 800 °C (448.4 against
 * 478.9 kJ/kg).
 */
const HRSG_GAS: GasMixture = fuelCombustionProducts('natural_gas', 15).mixture;
/** Casing (radiation and convection) loss as a share of fuel energy at full load (ABMA/DOE typical 0.5–2 %). */
const RADIATION_SHARE = 0.015;
/** Casing surface temperature the casing heat leaves at, K (C-BO2: 40–60 °C). */
const CASING_SURFACE_K = 50 + CELSIUS_TO_KELVIN;
/** Flue gas can be cooled to about this before acid dew point trouble (non-condensing), °C. */
const FLUE_RECOVERY_FLOOR_C = 120;

/** Thermal exergy of flue gas at T, (h − h0) − T0(s − s0) at ambient pressure, kJ/kg; 0 at or below T0. */
function gasExergyKJPerKg(gas: GasMixture, temperatureK: number, dead: DeadState): number {
  return temperatureK > dead.temperatureK ? gasFlowExergyKJPerKg(gas, temperatureK, dead) : 0;
}

export function analyseBoiler({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<BoilerSubtypeData>): EquipmentResult<BoilerMetrics> {
  const dead = context.deadState;
  const t0 = dead.temperatureK;
  const pressureMPa = p.num('steam_pressure_bar') / 10;
  const waterFlow = p.num('steam_flow_kg_h') / 3600;
  const feedK = p.num('feedwater_temp_C') + CELSIUS_TO_KELVIN;
  const saturationK = saturationTemperatureK(Math.min(pressureMPa, 22.064));

  // Product side: steam (superheated or saturated) or hot water, from IF97 (C-BO5).
  let out: WaterState;
  if (data.branch === 'hot_water') {
    const supplyK = p.num('steam_temp_C', 90) + CELSIUS_TO_KELVIN;
    if (supplyK >= saturationK)
      throw inconsistent(
        ['steam_temp_C', 'steam_pressure_bar'],
        `water at ${(supplyK - CELSIUS_TO_KELVIN).toFixed(1)} °C would boil at ${p.num('steam_pressure_bar')} bar`,
      );
    if (supplyK <= feedK)
      throw inconsistent(['steam_temp_C', 'feedwater_temp_C'], 'supply water must be hotter than return water');
    out = waterStatePT(pressureMPa, supplyK);
  } else {
    const given = p.optionalNum('steam_temp_C');
    if (given !== null && given + CELSIUS_TO_KELVIN < saturationK - 1e-6) {
      throw inconsistent(
        ['steam_temp_C'],
        `steam at ${p.num('steam_pressure_bar')} bar cannot be below its saturation temperature ${(saturationK - CELSIUS_TO_KELVIN).toFixed(1)} °C`,
      );
    }
    out =
      given !== null && given + CELSIUS_TO_KELVIN > saturationK
        ? waterStatePT(pressureMPa, given + CELSIUS_TO_KELVIN)
        : saturatedVaporAtP(pressureMPa);
  }
  if (feedK >= saturationK)
    throw inconsistent(
      ['feedwater_temp_C'],
      `feedwater at ${p.num('feedwater_temp_C')} °C would boil at ${p.num('steam_pressure_bar')} bar`,
    );
  const feed = waterStatePT(pressureMPa, feedK);
  const exOut = waterFlowExergyKJPerKg(out, dead);
  const exFeed = waterFlowExergyKJPerKg(feed, dead);
  const product = waterFlow * (exOut - exFeed);
  if (exOut < exFeed) {
    // Water colder than the ambient carries (cold) exergy; heating it towards the ambient spends that first. In a warm
    // ambient, heating cold return water to a lukewarm supply leaves it with less exergy than it came with.
    const what = data.branch === 'hot_water' ? 'supply water' : 'steam';
    throw inconsistent(
      ['feedwater_temp_C', ...(data.branch === 'hot_water' ? ['steam_temp_C'] : [])],
      `the ${what} at ${(out.temperatureK - CELSIUS_TO_KELVIN).toFixed(1)} °C would carry less exergy (${exOut.toFixed(2)} kJ/kg) than the water entering at ${p.num('feedwater_temp_C')} °C (${exFeed.toFixed(2)} kJ/kg) relative to the ${(t0 - CELSIUS_TO_KELVIN).toFixed(1)} °C ambient: heating water that is colder than the ambient first spends its cold exergy, so this boiler would produce no exergy`,
    );
  }
  const usefulHeat = waterFlow * (out.enthalpyKJPerKg - feed.enthalpyKJPerKg);

  // Fuel side (C-BO4 for electric and waste-heat units).
  let fuelExergy: number,
    fuelEnergy: number,
    exergyFactor: number,
    fuelMass: number | null = null,
    co2 = 0,
    lhv = 0,
    grossEnergy = 0,
    airFuel = 0,
    fuelKey = 'electricity',
    burnt: FuelKey | undefined,
    hotGas: BoilerStreamInput['hotGas'] = null,
    wasteGasExit: BoilerStreamInput['exitGas'] = null;
  if (subtype === 'electric') {
    fuelEnergy = fuelExergy = p.num('electric_power_kW');
    exergyFactor = 1;
    co2 = fuelEnergy * context.carbon.gridEmissionFactorKgPerKWh;
  } else if (subtype === 'waste_heat') {
    const gasIn = p.num('gas_inlet_temp_C') + CELSIUS_TO_KELVIN;
    const gasOut = p.num('gas_outlet_temp_C') + CELSIUS_TO_KELVIN;
    if (gasOut >= gasIn)
      throw inconsistent(['gas_outlet_temp_C', 'gas_inlet_temp_C'], 'the hot gas must leave colder than it enters');
    const gasFlow = p.num('gas_mass_flow_kg_s');
    fuelEnergy = gasFlow * gasHeatKJPerKg(HRSG_GAS, gasOut, gasIn);
    fuelExergy = gasFlow * gasExergyChangeKJPerKg(HRSG_GAS, gasOut, gasIn, dead);
    exergyFactor = fuelEnergy > 0 ? fuelExergy / fuelEnergy : 1;
    hotGas = { inletK: gasIn, outletK: gasOut, heatKW: fuelEnergy };
    wasteGasExit = { massFlowKgPerS: gasFlow, mixture: HRSG_GAS, temperatureK: gasOut };
  } else {
    fuelKey = p.str('fuel_type');
    const fuel = getFuel(fuelKey);
    burnt = fuel.key;
    lhv = p.num('fuel_lhv_kj_kg', fuel.lowerHeatingValueKJPerKg ?? 0);
    fuelMass = p.num('fuel_flow_kg_h') / 3600;
    fuelEnergy = fuelMass * lhv;
    // the gross input: the given LHV times the fuel's HHV/LHV ratio (thermo/fuels.ts, GREET)
    grossEnergy = fuelEnergy * ((fuel.higherHeatingValueKJPerKg ?? 0) / (fuel.lowerHeatingValueKJPerKg ?? 1));
    exergyFactor = fuel.exergyFactor;
    fuelExergy = exergyFactor * fuelEnergy; // C-EC1: chemical exergy φ·LHV
    // from the fuel's ultimate analysis, the same one that gives the flue-gas composition (thermo/ideal-gas.ts)
    airFuel = fuelCombustionProducts(fuel.key, 0).stoichiometricAirFuelRatio;
    co2 = fuelEnergy * fuel.co2KgPerKWh;
  }
  const fired = fuelMass !== null;
  const perLhv = ratio(100 * usefulHeat, fuelEnergy);
  const thermalEfficiency = fired ? ratio(100 * usefulHeat, grossEnergy) : perLhv;
  // Correction C-BO3: more heat than the fuel can give is impossible input, not a result — above the subtype's limit
  // on LHV (100 %, or 108 % for a condensing boiler, which also recovers latent heat) or above 100 % on HHV.
  if ((perLhv ?? 0) > data.maxThermalEfficiencyPct || (thermalEfficiency ?? 0) > 100) {
    const fuelInput =
      subtype === 'electric' ? 'electric_power_kW' : subtype === 'waste_heat' ? 'gas_mass_flow_kg_s' : 'fuel_flow_kg_h';
    const basis = fired
      ? `${(perLhv ?? 0).toFixed(1)} % on LHV (max ${data.maxThermalEfficiencyPct} %), ${(thermalEfficiency ?? 0).toFixed(1)} % on HHV (max 100 %)`
      : `${(perLhv ?? 0).toFixed(1)} % (max 100 %)`;
    throw inconsistent(
      [fuelInput, 'steam_flow_kg_h'],
      `thermal efficiency would be ${basis}: too much steam for the fuel`,
    );
  }

  // Losses (C-BO2): flue gas, blowdown, casing heat — each an exergy loss, no rescaling.
  const flueK = (p.optionalNum('flue_gas_temp_C') ?? 0) + CELSIUS_TO_KELVIN;
  const excessAir = p.optionalNum('excess_air_pct') ?? 0;
  const flueMass = fuelMass === null ? 0 : fuelMass * (1 + airFuel * (1 + excessAir / 100));
  // Composition and mass flow both from the fuel's typical ultimate analysis.
  const flueGas = fuelMass === null ? HRSG_GAS : fuelCombustionProducts(fuelKey, excessAir).mixture;
  const flueLoss = flueMass * gasExergyKJPerKg(flueGas, flueK, dead);
  const combustion =
    fuelMass === null ? null : combustionStep(flueGas, flueMass / fuelMass, lhv, fuelMass, fuelExergy, dead);
  const blowdownShare = data.branch === 'steam' ? (p.optionalNum('blowdown_rate_pct') ?? 0) / 100 : 0;
  const saturatedLiquid = data.branch === 'steam' ? saturatedLiquidAtP(pressureMPa) : feed;
  const blowdownLoss = waterFlow * blowdownShare * Math.max(0, waterFlowExergyKJPerKg(saturatedLiquid, dead) - exFeed);
  const radiationHeat = subtype === 'waste_heat' ? 0 : RADIATION_SHARE * fuelEnergy;
  const radiationLoss = heatExergyKW(radiationHeat, CASING_SURFACE_K, dead);
  const losses: LossStream[] = [
    { key: 'flue_gas', label: 'Flue gas', exergyKW: flueLoss },
    { key: 'blowdown', label: 'Blowdown', exergyKW: blowdownLoss },
    { key: 'casing_heat', label: 'Casing heat (radiation and convection)', exergyKW: radiationLoss },
  ].filter((loss) => loss.exergyKW > 0);

  // C-BO1/C-G2: the same duty with best-practice excess air, stack temperature and blowdown needs less fuel.
  let unavoidablePerProduct: number | null = null;
  if (data.reference && fuelMass !== null && product > 0) {
    const ref = data.reference;
    const stackRefK = ref.flueGasTempC + CELSIUS_TO_KELVIN;
    const refGas = fuelCombustionProducts(fuelKey, ref.excessAirPct).mixture;
    const qStackPerKgFuel = (1 + airFuel * (1 + ref.excessAirPct / 100)) * gasHeatKJPerKg(refGas, t0, stackRefK);
    const blowdownHeatBest =
      data.branch === 'steam'
        ? waterFlow * (ref.blowdownPct / 100) * (saturatedLiquid.enthalpyKJPerKg - feed.enthalpyKJPerKg)
        : 0;
    const fuelBest = (usefulHeat + blowdownHeatBest) / (lhv * (1 - RADIATION_SHARE) - qStackPerKgFuel);
    if (fuelBest > 0) {
      const fuelExergyBest = exergyFactor * fuelBest * lhv;
      const lossBest =
        fuelBest * (1 + airFuel * (1 + ref.excessAirPct / 100)) * gasExergyKJPerKg(refGas, stackRefK, dead) +
        waterFlow * (ref.blowdownPct / 100) * Math.max(0, waterFlowExergyKJPerKg(saturatedLiquid, dead) - exFeed) +
        heatExergyKW(RADIATION_SHARE * fuelBest * lhv, CASING_SURFACE_K, dead);
      unavoidablePerProduct = Math.max(0, fuelExergyBest - product - lossBest) / product;
    }
  }

  const heatRecovery: HeatRecoveryStream[] = [];
  if (flueMass > 0 && flueK - CELSIUS_TO_KELVIN > FLUE_RECOVERY_FLOOR_C + 10) {
    const floorK = FLUE_RECOVERY_FLOOR_C + CELSIUS_TO_KELVIN;
    heatRecovery.push({
      key: 'flue_gas',
      label: 'Flue gas above 120 °C',
      heatKW: flueMass * gasHeatKJPerKg(flueGas, floorK, flueK),
      exergyKW: flueMass * (gasExergyKJPerKg(flueGas, flueK, dead) - gasExergyKJPerKg(flueGas, floorK, dead)),
      temperatureC: flueK - CELSIUS_TO_KELVIN,
      medium: 'flue_gas',
    });
  }
  const blowdownHeat =
    blowdownShare > 0 ? waterFlow * blowdownShare * (saturatedLiquid.enthalpyKJPerKg - feed.enthalpyKJPerKg) : 0;
  if (blowdownShare > 0) {
    const heat = blowdownHeat;
    if (heat > 0)
      heatRecovery.push({
        key: 'blowdown',
        label: 'Blowdown water',
        heatKW: heat,
        exergyKW: blowdownLoss,
        temperatureC: saturatedLiquid.temperatureK - CELSIUS_TO_KELVIN,
        medium: 'water',
      });
  }

  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const pricePerKg = p.optionalNum('fuel_price_eur_kg');
  const energyPrice =
    pricePerKg !== null && lhv > 0
      ? pricePerKg / (lhv / 3600)
      : p.has('energy_price_eur_kwh')
        ? p.num('energy_price_eur_kwh')
        : context.energyPriceEurPerKWh;
  const metrics: BoilerMetrics = {
    type: 'boiler',
    thermalEfficiencyPct: thermalEfficiency,
    usefulHeatPerLhvInput: fired && perLhv !== null ? perLhv / 100 : null,
    fuelEnergyKW: fuelEnergy,
    usefulHeatKW: usefulHeat,
    steamTempC: out.temperatureK - CELSIUS_TO_KELVIN,
    steamSpecificExergyKJPerKg: exOut,
    feedwaterSpecificExergyKJPerKg: exFeed,
    flueGasLossKW: flueLoss,
    blowdownLossKW: blowdownLoss,
    radiationLossKW: radiationLoss,
    steamToFuelRatio: fuelMass !== null ? ratio(waterFlow, fuelMass) : null,
    co2EmissionsKgPerH: co2,
    adiabaticFlameTemperatureC: combustion ? combustion.adiabaticFlameTemperatureK - CELSIUS_TO_KELVIN : null,
    combustionDestructionKW: combustion?.combustionDestructionKW ?? null,
  };
  return buildEquipmentResult({
    type: 'boiler',
    subtype: subtype,
    exergyFuelKW: fuelExergy,
    exergyProductKW: product,
    losses,
    energyEfficiencyPct: thermalEfficiency,
    fuelKind: subtype === 'electric' ? 'electricity' : subtype === 'waste_heat' ? 'heat' : 'fuel',
    fuelEnergyKW: fuelEnergy,
    fuel: burnt,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: energyPrice,
    fuelExergyCostEurPerKWh: energyPrice / exergyFactor, // C-EC1: per kWh of exergy
    unavoidableDestructionPerProduct: unavoidablePerProduct,
    heatRecovery,
    heatStreams: boilerHeatStreams({
      branch: data.branch,
      pressureMPa,
      waterFlowKgPerS: waterFlow,
      feed,
      out,
      exitGas: flueMass > 0 ? { massFlowKgPerS: flueMass, mixture: flueGas, temperatureK: flueK } : wasteGasExit,
      exitGasFloorC: FLUE_RECOVERY_FLOOR_C,
      hotGas,
      blowdownHeatKW: blowdownHeat,
    }),
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: fuelEnergy,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['steam_flow_kg_h'],
    recommendations: (result) =>
      boilerRecommendations(result, {
        hours,
        price: energyPrice / exergyFactor,
        excessAir,
        flueTempC: flueK - CELSIUS_TO_KELVIN,
        feedTempC: feedK - CELSIUS_TO_KELVIN,
        blowdownPct: blowdownShare * 100,
        fired: fuelMass !== null,
        fuelKey,
      }),
  });
}
