/**
 * A steam turbine's process heat streams for the plant pinch: the exhaust heat the unit does not use itself (all of
 * it, or the share a CHP unit does not recover), as desuperheating when the exhaust is superheated, condensation at
 * the exhaust's saturation temperature (latent), and subcooling of the condensate.
 */
import { CELSIUS_TO_KELVIN, saturatedLiquidAtP, saturatedVaporAtP, waterStatePT, type WaterState } from '../../thermo';
import { latentStream, sensibleStream } from '../common/heat-streams';
import type { ProcessHeatStream } from '../types';

/**
 * Condensate is taken as cooled to the ambient + 20 K (a convention, the original's floor): the model's condenser
 * leaves it saturated, and below that a user can rarely take its heat.
 */
const SUBCOOLING_FLOOR_ABOVE_AMBIENT_K = 20;

export interface TurbineStreamInput {
  massFlowKgPerS: number;
  exhaust: WaterState;
  exhaustPressureMPa: number;
  /** Share of the exhaust heat a CHP unit already recovers, 0–1. */
  recoveredFraction: number;
  ambientK: number;
}

export function steamTurbineHeatStreams(t: TurbineStreamInput): ProcessHeatStream[] {
  const flow = t.massFlowKgPerS * (1 - t.recoveredFraction);
  const liquid = saturatedLiquidAtP(t.exhaustPressureMPa);
  const vapour = saturatedVaporAtP(t.exhaustPressureMPa);
  const saturationC = liquid.temperatureK - CELSIUS_TO_KELVIN;
  const floorK = t.ambientK + SUBCOOLING_FLOOR_ABOVE_AMBIENT_K;
  const subcooledKJPerKg =
    liquid.temperatureK > floorK
      ? liquid.enthalpyKJPerKg - waterStatePT(t.exhaustPressureMPa, floorK).enthalpyKJPerKg
      : 0;
  return [
    // Wet or saturated exhaust has no superheat: sensibleStream leaves it out.
    ...sensibleStream({
      key: 'exhaust_desuperheating',
      label: 'Exhaust desuperheating',
      kind: 'hot',
      supplyTemperatureC: t.exhaust.temperatureK - CELSIUS_TO_KELVIN,
      targetTemperatureC: saturationC,
      dutyKW: flow * (t.exhaust.enthalpyKJPerKg - vapour.enthalpyKJPerKg),
      medium: 'steam',
    }),
    ...latentStream({
      key: 'exhaust_condensation',
      label: 'Exhaust condensation',
      kind: 'hot',
      temperatureC: saturationC,
      dutyKW: flow * (Math.min(t.exhaust.enthalpyKJPerKg, vapour.enthalpyKJPerKg) - liquid.enthalpyKJPerKg),
      medium: 'steam',
    }),
    ...sensibleStream({
      key: 'condensate_subcooling',
      label: 'Condensate subcooling',
      kind: 'hot',
      supplyTemperatureC: saturationC,
      targetTemperatureC: floorK - CELSIUS_TO_KELVIN,
      dutyKW: flow * subcooledKJPerKg,
      medium: 'water',
    }),
  ];
}
