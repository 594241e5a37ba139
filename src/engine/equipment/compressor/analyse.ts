/**
 * Air compressor exergy model, corrected (spec/equipment.md §2.3 with
 * C-CO1..C-CO4, C-G1, C-G2):
 *   E_F = W_el;  E_P = ṁ (ex_out − ex_in) of the air;
 *   heat rejected from the energy balance Q_rej = W_el − ṁ [h(T_out) − h(T_in)] (ideal-gas air), its exergy at the
 *   log-mean temperature of cooling from the discharge temperature is a loss E_L;  E_D = E_F − E_P − E_L.
 */
import {
  AIR_CP_KJ_PER_KGK,
  DRY_AIR,
  gasHeatKJPerKg,
  AIR_GAS_CONSTANT_KJ_PER_KGK,
  AIR_HEAT_CAPACITY_RATIO,
  airFlowExergyKJPerKg,
  freeAirDeliveryMassFlowKgPerS,
  heatExergyKW,
  logMeanTemperatureK,
  CELSIUS_TO_KELVIN,
} from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { sensibleStream } from '../common/heat-streams';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult } from '../types';
import type { CompressorSubtypeData } from './parameters';
import { compressorRecommendations } from './recommendations';

export interface CompressorMetrics {
  type: 'compressor';
  /** kg/s */
  massFlowKgPerS: number;
  /** kW per m³/min of free air */
  specificPowerKWPerM3PerMin: number | null;
  /** kPa, absolute */
  outletPressureAbsKPa: number;
  pressureRatio: number;
  /** Reversible isothermal power for the same delivery, kW. */
  isothermalPowerKW: number;
  /** W_isothermal / W_el, % */
  isothermalEfficiencyPct: number | null;
  /** Heat removed in oil cooler/aftercooler (energy balance), kW thermal. */
  heatRejectedKW: number;
  /** °C */
  outletTempC: number;
}

/** Heat-recovery unit efficiency: share of rejected heat a recovery unit delivers as hot water (typical 0.8–0.9). */
const HEAT_RECOVERY_UNIT_EFFICIENCY = 0.85;
/**
 * Coolest end of the compression heat a user can take, above the ambient, K: a convention (an oil cooler or
 * aftercooler cannot cool below its cooling water, itself a little above the ambient).
 */
const COMPRESSION_HEAT_FLOOR_ABOVE_AMBIENT_K = 15;
/** Best motor/drive efficiency used in the unavoidable reference. */
const BEST_DRIVE_EFFICIENCY = 0.96;

/** Multistage adiabatic compression power with intercooling to T_in (Correction C-CO4), kW. */
function adiabaticPowerKW(
  massFlowKgPerS: number,
  inletK: number,
  pressureRatio: number,
  stages: number,
  efficiency: number,
): number {
  const exponent = (AIR_HEAT_CAPACITY_RATIO - 1) / AIR_HEAT_CAPACITY_RATIO;
  const perStage = Math.pow(pressureRatio, exponent / stages) - 1;
  return (stages * massFlowKgPerS * AIR_CP_KJ_PER_KGK * inletK * perStage) / efficiency;
}

export function analyseCompressor({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<CompressorSubtypeData>): EquipmentResult<CompressorMetrics> {
  const dead = context.deadState;
  const t0 = dead.temperatureK;
  const power = p.num('power_kW');
  const flow = p.num('flow_rate_m3_min');
  // Correction C-CO1: gauge by default, P_abs = p_g + P0.
  const outletAbsKPa =
    p.str('pressure_basis') === 'absolute'
      ? 100 * p.num('outlet_pressure_bar')
      : 100 * p.num('outlet_pressure_bar') + dead.pressureKPa;
  if (outletAbsKPa <= dead.pressureKPa) {
    throw inconsistent(
      ['outlet_pressure_bar'],
      `absolute outlet pressure ${outletAbsKPa.toFixed(1)} kPa is not above the ambient ${dead.pressureKPa} kPa`,
    );
  }
  const inletK = p.num('inlet_temp_C', t0 - CELSIUS_TO_KELVIN) + CELSIUS_TO_KELVIN;
  const outletK = p.num('outlet_temp_C') + CELSIUS_TO_KELVIN;
  const massFlow = freeAirDeliveryMassFlowKgPerS(flow, inletK, dead.pressureKPa);
  const exIn = airFlowExergyKJPerKg(inletK, dead.pressureKPa, dead);
  const exOut = airFlowExergyKJPerKg(outletK, outletAbsKPa, dead);
  const product = massFlow * (exOut.totalKJPerKg - exIn.totalKJPerKg);
  if (product < 0) {
    // Air taken in warmer (or colder) than the ambient carries thermal exergy; delivered nearer the ambient it loses
    // it. When that loss outweighs the pressure exergy added, the "compressed air" is worth less than the intake.
    const mechanical = massFlow * (exOut.mechanicalKJPerKg - exIn.mechanicalKJPerKg);
    const thermalLoss = massFlow * (exIn.thermalKJPerKg - exOut.thermalKJPerKg);
    throw inconsistent(
      ['outlet_temp_C', 'inlet_temp_C', 'outlet_pressure_bar'],
      `the air would leave with less exergy than it enters (${product.toFixed(3)} kW): the pressure rise to ${(outletAbsKPa / 100).toFixed(3)} bar absolute adds ${mechanical.toFixed(3)} kW, but air taken in at ${(inletK - CELSIUS_TO_KELVIN).toFixed(1)} °C and delivered at ${(outletK - CELSIUS_TO_KELVIN).toFixed(1)} °C loses ${thermalLoss.toFixed(3)} kW of thermal exergy relative to the ${(t0 - CELSIUS_TO_KELVIN).toFixed(1)} °C ambient; check the temperatures and the pressure basis`,
    );
  }

  // Energy the air keeps, ṁ[h(T_out) − h(T_in)] (ideal-gas air, thermo/ideal-gas); the rest of the power is rejected.
  const airHeatGain = massFlow * gasHeatKJPerKg(DRY_AIR, inletK, outletK);
  const heatRejected = power - airHeatGain;
  if (heatRejected < 0) {
    throw inconsistent([
      {
        path: 'outlet_temp_C',
        message: `air leaving at ${(outletK - CELSIUS_TO_KELVIN).toFixed(1)} °C would carry more energy than the ${power} kW input`,
      },
      { path: 'power_kW', message: 'too small for the stated flow and outlet temperature' },
    ]);
  }
  const dischargeK = Math.max(data.dischargeTempC + CELSIUS_TO_KELVIN, outletK);
  const coolingMeanK = logMeanTemperatureK(dischargeK, Math.max(outletK, inletK));
  const heatLossExergy = coolingMeanK > t0 ? heatExergyKW(heatRejected, coolingMeanK, dead) : 0;

  // Correction C-CO2/C-G2: best-practice run with the same delivery and product, less power.
  const pressureRatio = outletAbsKPa / dead.pressureKPa;
  const stages = p.num('stages');
  const bestPower =
    adiabaticPowerKW(massFlow, inletK, pressureRatio, stages, data.bestIsentropicEfficiency) / BEST_DRIVE_EFFICIENCY;
  const bestRejected = Math.max(0, bestPower - airHeatGain);
  const bestDestroyed = Math.max(
    0,
    bestPower - product - (coolingMeanK > t0 ? heatExergyKW(bestRejected, coolingMeanK, dead) : 0),
  );

  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const price = effectivePrice(p, 'electricity_price_eur_kwh', context.energyPriceEurPerKWh);
  const isothermalPower = massFlow * AIR_GAS_CONSTANT_KJ_PER_KGK * inletK * Math.log(pressureRatio);
  if (isothermalPower > power) {
    throw inconsistent(
      ['power_kW', 'flow_rate_m3_min', 'outlet_pressure_bar'],
      `${power} kW is less than the ${isothermalPower.toFixed(2)} kW of reversible isothermal compression of ${flow} m³/min from intake to ${(outletAbsKPa / 100).toFixed(2)} bar absolute: no compressor can deliver that air (isothermal efficiency ${((100 * isothermalPower) / power).toFixed(0)} %)`,
    );
  }
  const metrics: CompressorMetrics = {
    type: 'compressor',
    massFlowKgPerS: massFlow,
    specificPowerKWPerM3PerMin: ratio(power, flow),
    outletPressureAbsKPa: outletAbsKPa,
    pressureRatio,
    isothermalPowerKW: isothermalPower,
    isothermalEfficiencyPct: ratio(100 * isothermalPower, power),
    heatRejectedKW: heatRejected,
    outletTempC: outletK - CELSIUS_TO_KELVIN,
  };
  return buildEquipmentResult({
    type: 'compressor',
    subtype: subtype,
    exergyFuelKW: power,
    exergyProductKW: product,
    losses: [{ key: 'rejected_heat', label: 'Heat rejected in oil cooler / aftercooler', exergyKW: heatLossExergy }],
    // First-law efficiency of a compressor = its isothermal efficiency, the reversible isothermal work at intake
    // conditions p1·V̇1·ln(p2/p1) over the electric input (Atlas Copco, Compressed Air Manual, 8th ed., §1.6;
    // US DOE, Improving Compressed Air System Performance, 2016). The ideal gas's enthalpy does not rise with
    // pressure, so "energy delivered to the air" (ṁ cp ΔT) is heat, not the product: counting it, as the former
    // (ṁ cp ΔT + W_iso)/W did, exceeded 100 % for hot discharge air. Rejected above when W_iso > W_el.
    energyEfficiencyPct: metrics.isothermalEfficiencyPct,
    fuelKind: 'electricity',
    fuelEnergyKW: null,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: price,
    fuelExergyCostEurPerKWh: price,
    unavoidableDestructionPerProduct: product > 0 ? bestDestroyed / product : null,
    heatRecovery:
      heatRejected > 0
        ? [
            {
              key: 'compression_heat',
              label: 'Compression heat (oil cooler / aftercooler)',
              heatKW: heatRejected * HEAT_RECOVERY_UNIT_EFFICIENCY,
              exergyKW: heatLossExergy * HEAT_RECOVERY_UNIT_EFFICIENCY,
              temperatureC: dischargeK - CELSIUS_TO_KELVIN - 10,
              medium: 'oil',
            },
          ]
        : [],
    // All the rejected heat (energy balance), taken as given up evenly from the discharge temperature to the floor.
    heatStreams: sensibleStream({
      key: 'compression_heat',
      label: 'Compression heat (oil cooler / aftercooler)',
      kind: 'hot',
      supplyTemperatureC: dischargeK - CELSIUS_TO_KELVIN,
      targetTemperatureC: t0 - CELSIUS_TO_KELVIN + COMPRESSION_HEAT_FLOOR_ABOVE_AMBIENT_K,
      dutyKW: heatRejected,
      medium: 'oil',
    }),
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: power,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['power_kW', 'flow_rate_m3_min', 'outlet_pressure_bar'],
    recommendations: (result) =>
      compressorRecommendations(result, { power, loadFactor: p.num('load_factor'), hours, price }),
  });
}
