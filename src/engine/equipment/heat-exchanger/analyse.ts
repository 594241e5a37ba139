/**
 * Heat-exchanger exergy model, corrected (spec/equipment.md §6.3 with
 * C-HX1..C-HX4): fuel = the exergy decreases, product = the exergy increases
 * of the two streams (SPECO rule, so streams crossing T0 are handled, C-HX3),
 * pressure drops destroy exergy (C-HX1), heat not reaching the cold side is a
 * loss and more than arrives is rejected (C-HX2), condensing steam uses
 * IAPWS-IF97 (C-HX4).
 */
import {
  CELSIUS_TO_KELVIN,
  gasExergyChangeKJPerKg,
  gasHeatKJPerKg,
  heatExergyKW,
  mixtureEntropyKJPerKgK,
  logMeanTemperatureK,
  saturatedVaporAtT,
  saturationPressureMPa,
  waterFlowExergyKJPerKg,
  waterStatePT,
  type DeadState,
} from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult } from '../types';
import { FLUIDS, type HeatExchangerSubtypeData, type FluidData } from './parameters';
import { heatExchangerHeatStreams } from './heat-streams';
import { heatExchangerRecommendations } from './recommendations';

export interface HeatExchangerMetrics {
  type: 'heat_exchanger';
  /** Heat given by the hot side, kW */
  heatDutyKW: number;
  /** Heat received by the cold side, kW */
  coldSideHeatKW: number;
  /** Counter-flow log-mean temperature difference, K */
  lmtdK: number;
  /** Q / [C_min (T_h,in − T_c,in)] */
  effectiveness: number | null;
  /** Entropy generated, kW/K */
  entropyGenerationKWPerK: number;
  /** Share of entropy generation due to heat transfer (vs pressure drop) */
  bejanNumber: number | null;
  /** Exergy destroyed by the pressure drops, kW */
  pressureDropDestructionKW: number;
  /** Heat lost to the surroundings, kW */
  heatLeakKW: number;
  /** Q / Q_design; null without a design duty */
  foulingRatio: number | null;
}

/** Cold side may receive at most this much more heat than the hot side gives (measurement tolerance). */
const BALANCE_TOLERANCE = 0.05;

interface Side {
  heatKW: number;
  /** Thermal exergy change of the stream (out − in), kW. */
  exergyChangeKW: number;
  meanTemperatureK: number;
  capacityRateKWPerK: number;
}

function sensibleSide(fluid: FluidData, massFlow: number, inK: number, outK: number, dead: DeadState): Side {
  const t0 = dead.temperatureK;
  if (fluid.gas) {
    // Ideal-gas air or flue gas: Δh and Δs from the polynomials (thermo/ideal-gas), the mean temperature Δh/Δs (the
    // log mean of constant cp), the capacity rate ṁ·Δh/ΔT (the mean cp over the stream's range).
    const dh = gasHeatKJPerKg(fluid.gas, inK, outK);
    const ds = mixtureEntropyKJPerKgK(fluid.gas, outK) - mixtureEntropyKJPerKgK(fluid.gas, inK);
    return {
      heatKW: Math.abs(massFlow * dh),
      exergyChangeKW: massFlow * gasExergyChangeKJPerKg(fluid.gas, inK, outK, dead),
      meanTemperatureK: Math.abs(ds) > 1e-12 ? dh / ds : 0.5 * (inK + outK),
      capacityRateKWPerK: Math.abs(outK - inK) > 1e-9 ? (massFlow * dh) / (outK - inK) : massFlow * fluid.cp,
    };
  }
  const capacity = massFlow * fluid.cp;
  return {
    heatKW: Math.abs(capacity * (inK - outK)),
    exergyChangeKW: capacity * (outK - inK - t0 * Math.log(outK / inK)),
    meanTemperatureK: logMeanTemperatureK(inK, outK),
    capacityRateKWPerK: capacity,
  };
}

/** Condensing (and subcooling) steam from saturated vapour at T_in to liquid at T_out, IAPWS-IF97 (C-HX4). */
function steamSide(massFlow: number, inK: number, outK: number, dead: DeadState): Side {
  const vapour = saturatedVaporAtT(inK);
  const liquid = waterStatePT(saturationPressureMPa(inK), Math.min(outK, inK - 1e-6));
  const heat = massFlow * (vapour.enthalpyKJPerKg - liquid.enthalpyKJPerKg);
  return {
    heatKW: heat,
    exergyChangeKW: massFlow * (waterFlowExergyKJPerKg(liquid, dead) - waterFlowExergyKJPerKg(vapour, dead)),
    meanTemperatureK: heat / massFlow / (vapour.entropyKJPerKgK - liquid.entropyKJPerKgK),
    capacityRateKWPerK: heat / Math.max(inK - outK, 1e-6),
  };
}

/** Exergy destroyed by a pressure drop ΔP (flow leaving near P0): ṁ R T0 ln((P0+ΔP)/P0) for gases, ṁ ΔP/ρ for liquids. */
function pressureDropKW(fluid: FluidData, massFlow: number, dropKPa: number, dead: DeadState): number {
  if (dropKPa <= 0) return 0;
  return fluid.gasConstant !== null
    ? massFlow * fluid.gasConstant * dead.temperatureK * Math.log((dead.pressureKPa + dropKPa) / dead.pressureKPa)
    : (massFlow * dropKPa) / fluid.density;
}

/** Heat still in the hot stream when it leaves more than 30 K above the cold inlet (spec §6.5: half of it to 10 K approach). */
function residualHeat(
  capacity: number,
  hotOutK: number,
  coldInK: number,
  dead: DeadState,
  fluid: string,
): EquipmentResult['heatRecovery'] {
  if (hotOutK <= coldInK + 30) return [];
  const heat = 0.5 * capacity * (hotOutK - coldInK - 10);
  const meanK = logMeanTemperatureK(hotOutK, coldInK + 10);
  return [
    {
      key: 'hot_outlet',
      label: 'Hot stream leaving',
      heatKW: heat,
      exergyKW: meanK > dead.temperatureK ? heatExergyKW(heat, meanK, dead) : 0,
      temperatureC: hotOutK - CELSIUS_TO_KELVIN,
      medium: fluid === 'flue_gas' ? 'flue_gas' : fluid === 'air' ? 'air' : 'water',
    },
  ];
}

export function analyseHeatExchanger({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<HeatExchangerSubtypeData>): EquipmentResult<HeatExchangerMetrics> {
  const dead = context.deadState;
  const hotFluid = p.str('hot_fluid');
  const coldFluid = FLUIDS[p.str('cold_fluid')];
  const hotIn = p.num('hot_inlet_temp_C') + CELSIUS_TO_KELVIN;
  const hotOut = p.num('hot_outlet_temp_C') + CELSIUS_TO_KELVIN;
  const coldIn = p.num('cold_inlet_temp_C') + CELSIUS_TO_KELVIN;
  const coldOut = p.num('cold_outlet_temp_C') + CELSIUS_TO_KELVIN;
  const issues: { path: string; message: string }[] = [];
  if (hotOut >= hotIn)
    issues.push({ path: 'hot_outlet_temp_C', message: 'the hot stream must leave colder than it enters' });
  if (coldOut <= coldIn)
    issues.push({ path: 'cold_outlet_temp_C', message: 'the cold stream must leave warmer than it enters' });
  if (coldOut >= hotIn || coldIn >= hotOut) {
    issues.push({
      path: 'cold_outlet_temp_C',
      message: 'the cold side would be hotter than the hot side (temperature cross, counter-flow)',
    });
  }
  if (hotFluid === 'steam' && hotIn - CELSIUS_TO_KELVIN > 370)
    issues.push({
      path: 'hot_inlet_temp_C',
      message: 'condensing steam must be below the critical temperature 373.9 °C',
    });
  if (issues.length) throw inconsistent(issues);

  const hotFlow = p.num('hot_mass_flow_kg_s');
  const coldFlow = p.num('cold_mass_flow_kg_s');
  const hot =
    hotFluid === 'steam'
      ? steamSide(hotFlow, hotIn, hotOut, dead)
      : sensibleSide(FLUIDS[hotFluid], hotFlow, hotIn, hotOut, dead);
  const cold = sensibleSide(coldFluid, coldFlow, coldIn, coldOut, dead);
  // Correction C-HX2: the energy balance is checked; the shortfall is a heat leak.
  if (cold.heatKW > hot.heatKW * (1 + BALANCE_TOLERANCE)) {
    throw inconsistent([
      {
        path: 'cold_mass_flow_kg_s',
        message: `the cold side receives ${cold.heatKW.toFixed(1)} kW but the hot side gives only ${hot.heatKW.toFixed(1)} kW`,
      },
      {
        path: 'hot_mass_flow_kg_s',
        message: `the hot side gives only ${hot.heatKW.toFixed(1)} kW for ${cold.heatKW.toFixed(1)} kW received`,
      },
    ]);
  }
  const heatLeak = Math.max(0, hot.heatKW - cold.heatKW);
  const leakExergy = hot.meanTemperatureK > dead.temperatureK ? heatExergyKW(heatLeak, hot.meanTemperatureK, dead) : 0;

  const hotDrop = pressureDropKW(
    hotFluid === 'steam' ? FLUIDS.water : FLUIDS[hotFluid],
    hotFlow,
    p.num('hot_pressure_drop_kPa'),
    dead,
  );
  const coldDrop = pressureDropKW(coldFluid, coldFlow, p.num('cold_pressure_drop_kPa'), dead);
  // SPECO: exergy decreases are fuel, increases are product (C-HX3); pressure drops add to the fuel (C-HX1).
  const fuel = Math.max(0, -hot.exergyChangeKW) + Math.max(0, -cold.exergyChangeKW) + hotDrop + coldDrop;
  const product = Math.max(0, cold.exergyChangeKW) + Math.max(0, hot.exergyChangeKW);

  const t0 = dead.temperatureK;
  const heatTransferEntropy = Math.max(0, cold.heatKW / cold.meanTemperatureK - cold.heatKW / hot.meanTemperatureK);
  const pressureEntropy = (hotDrop + coldDrop) / t0;
  const entropy = heatTransferEntropy + pressureEntropy;
  const refHot = pressureDropKW(
    hotFluid === 'steam' ? FLUIDS.water : FLUIDS[hotFluid],
    hotFlow,
    Math.min(p.num('hot_pressure_drop_kPa'), data.referencePressureDropKPa.hot),
    dead,
  );
  const refCold = pressureDropKW(
    coldFluid,
    coldFlow,
    Math.min(p.num('cold_pressure_drop_kPa'), data.referencePressureDropKPa.cold),
    dead,
  );

  const dt1 = hotIn - coldOut;
  const dt2 = hotOut - coldIn;
  const lmtd = Math.abs(dt1 - dt2) < 1e-9 ? dt1 : (dt1 - dt2) / Math.log(dt1 / dt2);
  const cMin = Math.min(hot.capacityRateKWPerK, cold.capacityRateKWPerK);
  const designDuty = p.optionalNum('design_heat_duty_kW');
  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const price = effectivePrice(p, 'fuel_price_eur_kwh', context.energyPriceEurPerKWh);
  const hotCarnot = 1 - t0 / hot.meanTemperatureK;
  const metrics: HeatExchangerMetrics = {
    type: 'heat_exchanger',
    heatDutyKW: hot.heatKW,
    coldSideHeatKW: cold.heatKW,
    lmtdK: lmtd,
    effectiveness: ratio(cold.heatKW, cMin * (hotIn - coldIn)),
    entropyGenerationKWPerK: entropy,
    bejanNumber: ratio(heatTransferEntropy, entropy),
    pressureDropDestructionKW: hotDrop + coldDrop,
    heatLeakKW: heatLeak,
    foulingRatio: designDuty !== null ? hot.heatKW / designDuty : null,
  };
  const losses =
    leakExergy > 0 ? [{ key: 'heat_leak', label: 'Heat lost to the surroundings', exergyKW: leakExergy }] : [];
  const heatTransferDestruction = Math.max(0, fuel - product - leakExergy - (hotDrop + coldDrop));
  return buildEquipmentResult({
    type: 'heat_exchanger',
    subtype: subtype,
    exergyFuelKW: fuel,
    exergyProductKW: product,
    losses,
    // Heat gained by the cold side over heat given by the hot side. A cold side up to BALANCE_TOLERANCE above the hot
    // side is accepted as measurement scatter (C-HX2), i.e. a balanced exchanger: 100 %, never 105 %.
    energyEfficiencyPct: hot.heatKW > 0 ? 100 * Math.min(1, cold.heatKW / hot.heatKW) : null,
    fuelKind: 'heat',
    fuelEnergyKW: hot.heatKW,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: price,
    // C-EC1: heat priced per kWh is worth (1 − T0/T) kWh of exergy.
    fuelExergyCostEurPerKWh: hotCarnot > 0 ? price / hotCarnot : price,
    // Heat-transfer irreversibility at these temperatures is unavoidable; pressure drop above the reference is not.
    unavoidableDestructionPerProduct: product > 0 ? (heatTransferDestruction + refHot + refCold) / product : null,
    heatRecovery: residualHeat(hot.capacityRateKWPerK, hotOut, coldIn, dead, hotFluid),
    heatStreams: heatExchangerHeatStreams({
      hotFluid,
      coldFluid: p.str('cold_fluid'),
      hotFlowKgPerS: hotFlow,
      hotInletK: hotIn,
      hotOutletK: hotOut,
      coldInletK: coldIn,
      coldOutletK: coldOut,
      hotHeatKW: hot.heatKW,
      coldHeatKW: cold.heatKW,
    }),
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: hot.heatKW,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['cold_mass_flow_kg_s', 'cold_outlet_temp_C'],
    recommendations: (result) => heatExchangerRecommendations(result, { hours, price }),
  });
}
