/**
 * A heat exchanger's process heat streams for the plant pinch: its hot side (the unit's heat source) and its cold
 * side, each with the duty of its own energy balance (equal when no heat leaks). Condensing steam gives its latent
 * heat at the inlet's saturation temperature and then the condensate's sensible heat down to the outlet.
 */
import { CELSIUS_TO_KELVIN, saturatedLiquidAtT, saturatedVaporAtT } from '../../thermo';
import { latentStream, sensibleStream } from '../common/heat-streams';
import type { HeatRecoveryStream, ProcessHeatStream } from '../types';

const MEDIUM: Record<string, HeatRecoveryStream['medium']> = {
  water: 'water',
  steam: 'steam',
  air: 'air',
  flue_gas: 'flue_gas',
  thermal_oil: 'oil',
};

export interface ExchangerStreamInput {
  hotFluid: string;
  coldFluid: string;
  hotFlowKgPerS: number;
  hotInletK: number;
  hotOutletK: number;
  coldInletK: number;
  coldOutletK: number;
  /** Heat given by the hot side and taken by the cold side, kW. */
  hotHeatKW: number;
  coldHeatKW: number;
}

function hotSide(x: ExchangerStreamInput): ProcessHeatStream[] {
  const inC = x.hotInletK - CELSIUS_TO_KELVIN;
  const outC = x.hotOutletK - CELSIUS_TO_KELVIN;
  if (x.hotFluid !== 'steam')
    return sensibleStream({
      key: 'hot_side',
      label: 'Hot side',
      kind: 'hot',
      supplyTemperatureC: inC,
      targetTemperatureC: outC,
      dutyKW: x.hotHeatKW,
      medium: MEDIUM[x.hotFluid] ?? 'other',
      isUnitHeatSource: true,
    });
  // h_g − h_f at T_in, then the rest of the side's heat (to liquid at T_out) as subcooling: the two add up to it.
  const latentKW =
    x.hotFlowKgPerS *
    (saturatedVaporAtT(x.hotInletK).enthalpyKJPerKg - saturatedLiquidAtT(x.hotInletK).enthalpyKJPerKg);
  return [
    ...latentStream({
      key: 'steam_condensing',
      label: 'Steam condensing',
      kind: 'hot',
      temperatureC: inC,
      dutyKW: Math.min(latentKW, x.hotHeatKW),
      medium: 'steam',
      isUnitHeatSource: true,
    }),
    ...sensibleStream({
      key: 'condensate_subcooling',
      label: 'Condensate subcooling',
      kind: 'hot',
      supplyTemperatureC: inC,
      targetTemperatureC: outC,
      dutyKW: x.hotHeatKW - latentKW,
      medium: 'water',
      isUnitHeatSource: true,
    }),
  ];
}

export function heatExchangerHeatStreams(x: ExchangerStreamInput): ProcessHeatStream[] {
  return [
    ...hotSide(x),
    ...sensibleStream({
      key: 'cold_side',
      label: 'Cold side',
      kind: 'cold',
      supplyTemperatureC: x.coldInletK - CELSIUS_TO_KELVIN,
      targetTemperatureC: x.coldOutletK - CELSIUS_TO_KELVIN,
      dutyKW: x.coldHeatKW,
      medium: MEDIUM[x.coldFluid] ?? 'other',
    }),
  ];
}
