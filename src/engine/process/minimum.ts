/**
 * Thermodynamic minimum exergy of each process type (seed 001 §2.1), the
 * reversible lower bound a gap analysis measures against. Steam from
 * IAPWS-IF97 (the seed fell back to a rough table without CoolProp).
 */
import {
  AIR_GAS_CONSTANT_KJ_PER_KGK,
  CELSIUS_TO_KELVIN,
  airDensityKgPerM3,
  carnotFactor,
  logMeanTemperatureK,
  saturatedVaporAtP,
  saturationTemperatureK,
  waterFlowExergyKJPerKg,
  waterStatePT,
  type DeadState,
} from '../thermo';
import { getBatReference, type ProcessTypeKey } from './bat';

export interface MinimumExergy {
  minimumExergyKW: number;
  /** Units of product per hour (`productUnit`), the basis of specific values. */
  productionRatePerH: number;
  productUnit: string;
  /** Minimum per unit of product, kWh per `productUnit`. */
  specificMinimumKWhPerUnit: number | null;
  /**
   * The part of the minimum that does not scale with the product a `specific` BAT row is counted in (drying: the
   * Carnot work of heating the material, which a row per kg of water does not cover), kW; 0 elsewhere.
   */
  unscaledMinimumKW: number;
  method: string;
  assumptions: string[];
}

type Params = Record<string, number>;

/** Exergy of removing 1 kg of water to an ambient at ~60 % RH (Dincer & Rosen 2011, Sustain. Cities Soc. 1:91–96), kJ/kg. */
const EVAPORATION_EXERGY_KJ_PER_KG = 50;
/** Heat capacity of a wet material (seed 001), kJ/(kg·K). */
const CP_WET_MATERIAL = 2.0;
/** Minimum of a general manufacturing process as a share of its BAT (seed 001: no process-specific limit known). */
const GENERAL_MINIMUM_FRACTION = 0.3;

const perUnit = (kW: number, ratePerH: number): number | null => (ratePerH > 0 ? kW / ratePerH : null);

function drying(p: Params, dead: DeadState): MinimumExergy {
  const dry = p.mass_flow_kg_h * (1 - p.moisture_in_pct / 100);
  const water =
    dry * (p.moisture_in_pct / (100 - p.moisture_in_pct)) - dry * (p.moisture_out_pct / (100 - p.moisture_out_pct));
  const evaporation = (water * EVAPORATION_EXERGY_KJ_PER_KG) / 3600;
  const tIn = p.material_inlet_temp_C + CELSIUS_TO_KELVIN;
  const tOut = p.material_outlet_temp_C + CELSIUS_TO_KELVIN;
  const heating =
    tOut > tIn && tOut > dead.temperatureK
      ? ((p.mass_flow_kg_h * CP_WET_MATERIAL * (tOut - tIn)) / 3600) *
        Math.max(0, carnotFactor(logMeanTemperatureK(tIn, tOut), dead))
      : 0;
  const total = evaporation + heating;
  return {
    minimumExergyKW: total,
    productionRatePerH: water,
    productUnit: 'kg water',
    specificMinimumKWhPerUnit: perUnit(total, water),
    unscaledMinimumKW: heating,
    method: 'Exergy of water removal (Dincer & Rosen 2011) plus Carnot work of heating the material',
    assumptions: [
      `Water removal ${EVAPORATION_EXERGY_KJ_PER_KG} kJ/kg at ~60 % ambient humidity`,
      'Bound-moisture energy neglected',
      `Material cp ${CP_WET_MATERIAL} kJ/(kg·K)`,
    ],
  };
}

function heating(p: Params, dead: DeadState): MinimumExergy {
  const tIn = p.temp_in_C + CELSIUS_TO_KELVIN;
  const tOut = p.temp_out_C + CELSIUS_TO_KELVIN;
  const heat = (p.mass_flow_kg_h * p.specific_heat_kJ_kgK * (tOut - tIn)) / 3600;
  const mean = logMeanTemperatureK(tIn, tOut);
  // Exact flow-exergy rise of an incompressible stream: Q − T0 ṁ cp ln(T_out/T_in) = Q (1 − T0/T_lm).
  const minimum = heat * carnotFactor(mean, dead);
  return {
    minimumExergyKW: Math.max(0, minimum),
    productionRatePerH: p.mass_flow_kg_h,
    productUnit: 'kg',
    specificMinimumKWhPerUnit: perUnit(Math.max(0, minimum), p.mass_flow_kg_h),
    unscaledMinimumKW: 0,
    method:
      'Carnot work of reversible heating at the log-mean temperature (Bejan, Advanced Engineering Thermodynamics ch. 3)',
    assumptions: [
      `Heat ${heat.toFixed(2)} kW`,
      `Log-mean temperature ${mean.toFixed(2)} K`,
      `Constant cp ${p.specific_heat_kJ_kgK} kJ/(kg·K)`,
    ],
  };
}

function cold(load: number, coldC: number, dead: DeadState, label: string): MinimumExergy {
  const tCold = coldC + CELSIUS_TO_KELVIN;
  const cop = tCold / (dead.temperatureK - tCold);
  const minimum = tCold < dead.temperatureK ? load / cop : 0;
  return {
    minimumExergyKW: minimum,
    productionRatePerH: load,
    productUnit: 'kWh cold',
    specificMinimumKWhPerUnit: perUnit(minimum, load),
    unscaledMinimumKW: 0,
    method: `Reverse Carnot work W = Q (T0/T − 1) (Kotas 1985) — ${label}`,
    assumptions: [
      `Carnot COP ${tCold < dead.temperatureK ? cop.toFixed(3) : '∞ (not below ambient)'}`,
      `Ambient = project dead state ${(dead.temperatureK - CELSIUS_TO_KELVIN).toFixed(1)} °C`,
    ],
  };
}

function steam(p: Params, dead: DeadState): MinimumExergy {
  const pressure = p.steam_pressure_bar / 10;
  const saturated = saturatedVaporAtP(pressure);
  const state =
    p.steam_temp_C !== undefined && p.steam_temp_C + CELSIUS_TO_KELVIN > saturationTemperatureK(pressure)
      ? waterStatePT(pressure, p.steam_temp_C + CELSIUS_TO_KELVIN)
      : saturated;
  // Feedwater is compressed liquid at the steam pressure (the feed pump delivers it there), as in the boiler model.
  // Seed 001 evaluated it at the dead-state pressure, where water at or above 100 °C is vapour: 1000 kg/h of 10 bar
  // steam from 150 °C feedwater gave 84.9 kW instead of 202.9 kW, and some inputs a negative minimum. The pump work
  // itself (v·Δp ≈ 1 kJ/kg at 10 bar) belongs to the rise and is included. Feedwater at or above saturation at the
  // steam pressure is refused by validateProcessDefinition.
  const feed = waterStatePT(pressure, p.feedwater_temp_C + CELSIUS_TO_KELVIN);
  const perKg = waterFlowExergyKJPerKg(state, dead) - waterFlowExergyKJPerKg(feed, dead);
  const minimum = (p.steam_flow_kg_h * perKg) / 3600;
  return {
    minimumExergyKW: minimum,
    productionRatePerH: p.steam_flow_kg_h,
    productUnit: 'kg steam',
    specificMinimumKWhPerUnit: perUnit(minimum, p.steam_flow_kg_h),
    unscaledMinimumKW: 0,
    method: 'Flow-exergy rise feedwater → steam, IAPWS-IF97 (Szargut 2005)',
    assumptions: [
      `Steam ${p.steam_pressure_bar} bar, ${(state.temperatureK - CELSIUS_TO_KELVIN).toFixed(1)} °C: ${(perKg / 3600).toFixed(5)} kWh/kg net`,
      `Feedwater ${p.feedwater_temp_C} °C`,
    ],
  };
}

function compressedAir(p: Params, dead: DeadState): MinimumExergy {
  const intakeK = p.inlet_temp_C + CELSIUS_TO_KELVIN;
  const massFlow = (p.air_flow_m3_min / 60) * airDensityKgPerM3(dead.pressureKPa, intakeK);
  const ratio = (p.discharge_pressure_bar * 100) / dead.pressureKPa;
  const minimum = ratio > 1 ? massFlow * AIR_GAS_CONSTANT_KJ_PER_KGK * dead.temperatureK * Math.log(ratio) : 0;
  const volumePerH = p.air_flow_m3_min * 60;
  return {
    minimumExergyKW: minimum,
    productionRatePerH: volumePerH,
    productUnit: 'm³ FAD',
    specificMinimumKWhPerUnit: perUnit(minimum, volumePerH),
    unscaledMinimumKW: 0,
    method: 'Reversible isothermal compression at T0 (Bejan; US DOE Compressed Air Sourcebook)',
    assumptions: [
      `Pressure ratio ${ratio.toFixed(3)} (absolute pressures)`,
      `Air ${massFlow.toFixed(4)} kg/s`,
      'Ideal gas',
    ],
  };
}

function chp(p: Params, dead: DeadState): MinimumExergy {
  const heatK = p.thermal_temp_C + CELSIUS_TO_KELVIN;
  const minimum = p.electrical_output_kW + p.thermal_output_kW * Math.max(0, carnotFactor(heatK, dead));
  return {
    minimumExergyKW: minimum,
    productionRatePerH: p.fuel_input_kW,
    productUnit: 'kWh fuel',
    specificMinimumKWhPerUnit: perUnit(minimum, p.fuel_input_kW),
    unscaledMinimumKW: 0,
    method: 'Exergy of the products: electricity plus heat × Carnot factor (Tsatsaronis)',
    assumptions: [`Electricity ${p.electrical_output_kW} kW is pure exergy`, `Heat at ${p.thermal_temp_C} °C`],
  };
}

function general(p: Params, subcategory: string): MinimumExergy {
  const bat = getBatReference('general_manufacturing', subcategory);
  const kgPerH = p.production_rate_ton_h * 1000;
  const specific = bat.specificExergy * GENERAL_MINIMUM_FRACTION;
  return {
    minimumExergyKW: kgPerH * specific,
    productionRatePerH: kgPerH,
    productUnit: 'kg',
    specificMinimumKWhPerUnit: specific,
    unscaledMinimumKW: 0,
    method: `${GENERAL_MINIMUM_FRACTION * 100} % of the sector BAT (seed 001 estimate — no process-specific limit)`,
    assumptions: [
      `Sector: ${bat.label}`,
      `BAT ${bat.specificExergy} ${bat.unit}`,
      'A rough estimate: prefer a specific process type',
    ],
  };
}

export function minimumExergy(
  processType: ProcessTypeKey,
  subcategory: string,
  p: Params,
  dead: DeadState,
): MinimumExergy {
  switch (processType) {
    case 'drying':
      return drying(p, dead);
    case 'heating':
      return heating(p, dead);
    case 'cooling':
      return cold(p.cooling_load_kW, p.cold_temp_C, dead, 'cooling');
    case 'cold_storage':
      return cold(p.heat_load_kW, p.target_temp_C, dead, 'cold storage');
    case 'steam_generation':
      return steam(p, dead);
    case 'compressed_air':
      return compressedAir(p, dead);
    case 'chp':
      return chp(p, dead);
    case 'general_manufacturing':
      return general(p, subcategory);
  }
}
