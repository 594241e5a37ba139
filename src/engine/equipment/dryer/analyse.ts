/**
 * Dryer exergy model, corrected (spec/equipment.md §8.3 with C-DR1..C-DR3):
 * fuel exergy per heat source (C-DR1: gas φ·Q, steam Q(1 − T0/T), electric Q,
 * heat pump Q/COP, hot air by its own Carnot factor); product = exergy of
 * evaporating the water at the product temperature plus heating the product;
 * the moist exhaust air is a loss with its humidity (chemical) term (C-DR3);
 * moisture out ≥ moisture in is rejected.
 */
import {
  CELSIUS_TO_KELVIN,
  DRY_AIR,
  FUELS,
  carnotFactor,
  gasFlowExergyKJPerKg,
  gasHeatKJPerKg,
  humidityRatioFromRelativeHumidity,
  moistAirExergyKJPerKgDryAir,
  relativeHumidityFromHumidityRatio,
  type DeadState,
} from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { sensibleStream } from '../common/heat-streams';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult, FuelKind, Warning } from '../types';
import type { DryerSubtypeData } from './parameters';
import { dryerRecommendations } from './recommendations';

export interface DryerMetrics {
  type: 'dryer';
  /** kg/h */
  waterRemovedKgPerH: number;
  /** kW */
  heatInputKW: number;
  /** Heat to evaporate the water, kW */
  evaporationHeatKW: number;
  /** (evaporation + product heating) / heat input, % */
  thermalEfficiencyPct: number | null;
  /** kJ per kg water removed */
  specificEnergyKJPerKgWater: number | null;
  /** kJ of exergy per kg water removed */
  specificExergyKJPerKgWater: number | null;
  /** Exergy of the moist exhaust air, kW */
  exhaustExergyKW: number;
  /** Dry-air flow through the dryer, kg/h */
  airMassFlowKgPerH: number;
  /** Relative humidity of the exhaust, % */
  exhaustRelativeHumidityPct: number;
}

const CP_PRODUCT = 0.3 * 4.18;
/**
 * Heat to take 1 kg of dry air from T1 to T2, h(T2) − h(T1), kJ/kg: the ideal-gas enthalpy of thermo/ideal-gas
 * (GRI-Mech 3.0 polynomials) in place of the former constant cp = 1.005 kJ/(kg·K), which is 1.6 % low on the heat
 * from 25 to 300 °C and 6.4 % low to 800 °C, the top of the supply-temperature range. Dry-air basis, as before: the
 * ambient vapour the heater also warms (W0 ≈ 0.01 kg/kg, about 2 % more heat) is left out of the duty.
 */
const airHeat = (fromK: number, toK: number) => gasHeatKJPerKg(DRY_AIR, fromK, toK);
/** Latent heat of evaporation at T (°C), kJ/kg (spec §8.2 constants). */
const latentHeat = (tC: number) => Math.max(2501 - 2.36 * tC, 1800);

interface Source {
  fuelKind: FuelKind;
  /** Exergy per kWh of heat delivered. */
  exergyPerHeat: number;
}

function heatSource(kind: string, supplyK: number, cop: number, dead: DeadState): Source {
  switch (kind) {
    case 'steam':
      return { fuelKind: 'steam', exergyPerHeat: carnotFactor(supplyK, dead) };
    case 'electrical':
      return { fuelKind: 'electricity', exergyPerHeat: 1 };
    case 'heat_pump':
      return { fuelKind: 'electricity', exergyPerHeat: 1 / cop };
    case 'hot_air':
      // air cooled from the supply temperature to ambient: its exergy over its heat, ex(T)/[h(T) − h(T0)] (ideal gas;
      // with constant cp this was the Carnot factor at the log-mean temperature)
      return {
        fuelKind: 'hot_air',
        exergyPerHeat: gasFlowExergyKJPerKg(DRY_AIR, supplyK, dead) / airHeat(dead.temperatureK, supplyK),
      };
    default:
      return { fuelKind: 'fuel', exergyPerHeat: FUELS.natural_gas.exergyFactor };
  }
}

export function analyseDryer({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<DryerSubtypeData>): EquipmentResult<DryerMetrics> {
  const dead = context.deadState;
  const t0 = dead.temperatureK;
  const wet = p.num('product_mass_flow_kg_h');
  const moistureIn = p.num('moisture_in_pct');
  const moistureOut = p.num('moisture_out_pct');
  if (moistureOut >= moistureIn) {
    throw inconsistent(['moisture_out_pct'], `must be below moisture in (${moistureIn} %): a dryer removes water`);
  }
  const dry = wet * (1 - moistureIn / 100);
  const water = wet - dry / (1 - moistureOut / 100);
  const productInK = p.num('product_inlet_temp_C') + CELSIUS_TO_KELVIN;
  const productOutK = p.num('product_outlet_temp_C') + CELSIUS_TO_KELVIN;
  const supplyK = p.num('supply_temp_C') + CELSIUS_TO_KELVIN;
  const exhaustK = p.num('air_outlet_temp_C') + CELSIUS_TO_KELVIN;
  if (exhaustK >= supplyK) throw inconsistent(['air_outlet_temp_C'], 'exhaust air must be colder than the supply');
  const celsius = (k: number) => `${(k - CELSIUS_TO_KELVIN).toFixed(1)} °C`;
  if (supplyK <= t0) {
    throw inconsistent(
      ['supply_temp_C'],
      `drying air supplied at ${celsius(supplyK)} is not above the ${celsius(t0)} ambient it is heated from: the heater would add no heat`,
    );
  }

  const evaporation = (water * latentHeat(productOutK - CELSIUS_TO_KELVIN)) / 3600;
  // Sensible heat of the dried product; negative when it leaves colder than it enters (it then gives heat).
  const productHeat = ((wet - water) * CP_PRODUCT * (productOutK - productInK)) / 3600;
  const productHeatGained = Math.max(productHeat, 0);
  const productHeatReleased = Math.max(-productHeat, 0);
  // Energy balance of the dryer with the ambient as reference (air drawn in at T0; Mujumdar, Handbook of Industrial
  // Drying, 4th ed., ch. 1; Kemp, Drying Technol. 30 (2012) 1293): the heater raises the air from T0 to T_supply,
  // Q_in = ṁ_air·[h(T_sup) − h(T0)]; the air cooling from supply to exhaust gives ṁ_air·[h(T_sup) − h(T_exh)] to the
  // evaporation and the product, the rest is shell loss: Q_shell = ṁ_air·[h(T_sup) − h(T_exh)] − Q_evap − Q_prod ≥ 0.
  // The share of Q_in the air can give up is [h(T_sup) − h(T_exh)]/[h(T_sup) − h(T0)] (with constant cp, the
  // temperature ratio (T_sup − T_exh)/(T_sup − T0)).
  const usableShare = airHeat(exhaustK, supplyK) / airHeat(t0, supplyK);
  const duty = evaporation + productHeat;
  const warnings: Warning[] = [];
  let heatInput = p.optionalNum('heat_input_kW');
  if (heatInput === null) {
    heatInput = (evaporation + productHeatGained) / data.thermalEfficiency;
    if (duty > heatInput * usableShare) {
      // The subtype's typical efficiency is more than these air temperatures allow: estimate with no shell loss.
      warnings.push({
        code: 'HEAT_INPUT_AT_AIR_LIMIT',
        message: `the typical ${(100 * data.thermalEfficiency).toFixed(0)} % thermal efficiency is more than air heated from ${celsius(t0)} to ${celsius(supplyK)} and leaving at ${celsius(exhaustK)} can reach; heat input estimated with no shell loss`,
      });
      heatInput = Math.max(duty, 0) / usableShare;
    }
  } else if (duty > heatInput * usableShare) {
    throw inconsistent(
      ['heat_input_kW', 'air_outlet_temp_C', 'supply_temp_C'],
      `${heatInput.toFixed(1)} kW heats the drying air from ${celsius(t0)} to ${celsius(supplyK)}; cooling to ${celsius(exhaustK)} it gives up ${(heatInput * usableShare).toFixed(1)} kW, less than the ${duty.toFixed(1)} kW needed to evaporate ${water.toFixed(1)} kg/h of water and heat the product`,
    );
  }
  const source = heatSource(p.str('heat_source'), supplyK, p.num('heat_pump_cop'), dead);

  // Exergy change of the dried product, ṁ·cp·[(T2 − T1) − T0·ln(T2/T1)]: a rise is product, a fall (a product that
  // enters hot, or cold below the ambient and is warmed towards it) is an exergy the dryer draws on, so it is fuel
  // (SPECO: products are the exergy increases, fuels the decreases; Lazzaretto & Tsatsaronis, Energy 31 (2006) 1257).
  const productExergyChange =
    (((wet - water) * CP_PRODUCT) / 3600) * (productOutK - productInK - t0 * Math.log(productOutK / productInK));
  const fuel = heatInput * source.exergyPerHeat + Math.max(-productExergyChange, 0);
  const evaporationExergy = productOutK > t0 ? evaporation * carnotFactor(productOutK, dead) : 0;
  const product = evaporationExergy + Math.max(productExergyChange, 0);

  // C-DR3: exhaust as moist air. The dry-air flow is the one the heater duty heats from ambient to supply
  // (ṁ_air = Q_in/[h(T_sup) − h(T0)]), so that the energy balance above closes; the former Q/(cp·(T_sup − T_exh))
  // implied a heater duty of (T_sup − T0)/(T_sup − T_exh) ≈ 1.46·Q at the defaults.
  const air = (heatInput * 3600) / airHeat(t0, supplyK);
  const ambientW = humidityRatioFromRelativeHumidity(t0, p.num('ambient_humidity_pct') / 100, dead.pressureKPa);
  const exhaustW = ambientW + water / air;
  // Above 200 °C (the psychrometric range) the exhaust is far from saturation at ambient pressure: RH ≈ 0.
  const exhaustRH = exhaustK <= 473.15 ? relativeHumidityFromHumidityRatio(exhaustK, exhaustW, dead.pressureKPa) : 0;
  if (exhaustRH > 1) {
    throw inconsistent(
      ['air_outlet_temp_C'],
      `exhaust air would be supersaturated (${(exhaustRH * 100).toFixed(0)} % RH): raise the exhaust temperature or the heat input`,
    );
  }
  const exhaustExergy =
    (air / 3600) *
    moistAirExergyKJPerKgDryAir(
      { temperatureK: exhaustK, humidityRatio: exhaustW, pressureKPa: dead.pressureKPa },
      { dead, humidityRatio: ambientW },
    );

  // C-DR2: best practice = the reference exhaust temperature with the same evaporation duty.
  const refExhaustK = Math.min(exhaustK, data.referenceExhaustTempC + CELSIUS_TO_KELVIN);
  const bestEfficiency = Math.min(0.9, data.thermalEfficiency + 0.2);
  const bestHeat = Math.max(
    (evaporation + productHeatGained) / bestEfficiency,
    Math.max(duty, 0) / (airHeat(refExhaustK, supplyK) / airHeat(t0, supplyK)),
  );
  const bestAir = (bestHeat * 3600) / airHeat(t0, supplyK);
  const bestW = ambientW + water / bestAir;
  const bestRH = relativeHumidityFromHumidityRatio(refExhaustK, bestW, dead.pressureKPa);
  const bestExhaust =
    bestRH <= 1
      ? (bestAir / 3600) *
        moistAirExergyKJPerKgDryAir(
          { temperatureK: refExhaustK, humidityRatio: bestW, pressureKPa: dead.pressureKPa },
          { dead, humidityRatio: ambientW },
        )
      : exhaustExergy;
  const bestDestroyed = Math.max(
    0,
    bestHeat * source.exergyPerHeat + Math.max(-productExergyChange, 0) - product - bestExhaust,
  );

  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const price = effectivePrice(p, 'fuel_price_eur_kwh', context.energyPriceEurPerKWh);
  // Lowest temperature the exhaust is cooled to in a recovery exchanger: a convention, 15 K above the ambient.
  const floorK = t0 + 15;
  const metrics: DryerMetrics = {
    type: 'dryer',
    waterRemovedKgPerH: water,
    heatInputKW: heatInput,
    evaporationHeatKW: evaporation,
    // Useful heat over the heat supplied, which includes heat the product releases and heat the air gives below the
    // ambient (exhaust colder than T0 after evaporative cooling): with Q_shell ≥ 0 this is within 0–100 %.
    thermalEfficiencyPct: ratio(
      100 * (evaporation + productHeatGained),
      heatInput + productHeatReleased + Math.max(0, (air / 3600) * airHeat(exhaustK, t0)),
    ),
    specificEnergyKJPerKgWater: ratio(heatInput * 3600, water),
    specificExergyKJPerKgWater: ratio(fuel * 3600, water),
    exhaustExergyKW: exhaustExergy,
    airMassFlowKgPerH: air,
    exhaustRelativeHumidityPct: exhaustRH * 100,
  };
  return buildEquipmentResult({
    type: 'dryer',
    subtype: subtype,
    exergyFuelKW: fuel,
    exergyProductKW: product,
    losses: exhaustExergy > 0 ? [{ key: 'exhaust_air', label: 'Moist exhaust air', exergyKW: exhaustExergy }] : [],
    energyEfficiencyPct: metrics.thermalEfficiencyPct,
    fuelKind: source.fuelKind,
    fuelEnergyKW: heatInput,
    fuel: 'natural_gas', // the direct-fired dryer burns natural gas (its φ above); unused for other heat sources
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: price,
    // C-EC1: price per kWh of heat-source energy over its exergy per kWh (φ for gas, Carnot factor for steam).
    fuelExergyCostEurPerKWh:
      source.exergyPerHeat > 0 ? (p.str('heat_source') === 'heat_pump' ? price : price / source.exergyPerHeat) : price,
    unavoidableDestructionPerProduct: product > 0 ? bestDestroyed / product : null,
    heatRecovery:
      exhaustK > floorK + 10
        ? [
            {
              key: 'exhaust_air',
              label: 'Dryer exhaust air',
              heatKW: (air / 3600) * airHeat(floorK, exhaustK),
              exergyKW: exhaustExergy,
              temperatureC: exhaustK - CELSIUS_TO_KELVIN,
              medium: 'exhaust_air',
            },
          ]
        : [],
    heatStreams: [
      // The heater's duty: ṁ_air·[h(T_sup) − h(T0)] = Q_in exactly (the energy balance above).
      ...sensibleStream({
        key: 'drying_air',
        label: 'Drying air heating',
        kind: 'cold',
        supplyTemperatureC: t0 - CELSIUS_TO_KELVIN,
        targetTemperatureC: supplyK - CELSIUS_TO_KELVIN,
        dutyKW: heatInput,
        medium: 'air',
      }),
      // Sensible heat of the exhaust down to the recovery floor (dry-air basis, as the heater duty; the heat its
      // moisture would give if condensed is left out, which errs low).
      ...sensibleStream({
        key: 'exhaust_air',
        label: 'Dryer exhaust air',
        kind: 'hot',
        supplyTemperatureC: exhaustK - CELSIUS_TO_KELVIN,
        targetTemperatureC: floorK - CELSIUS_TO_KELVIN,
        dutyKW: exhaustK > floorK ? (air / 3600) * airHeat(floorK, exhaustK) : 0,
        medium: 'exhaust_air',
      }),
    ],
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: heatInput,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['heat_input_kW', 'product_mass_flow_kg_h'],
    warnings,
    recommendations: (result) =>
      dryerRecommendations(result, {
        hours,
        price,
        exhaustC: exhaustK - CELSIUS_TO_KELVIN,
        humidityPct: p.num('ambient_humidity_pct'),
        heatSource: p.str('heat_source'),
      }),
  });
}
