/**
 * A boiler's process heat streams for the plant pinch. Cold: the water it heats, split where the heat is taken —
 * feedwater to saturation (sensible), evaporation at the saturation temperature (latent), superheat (sensible) — so
 * the three add up to the useful heat ṁ(h_steam − h_feed); a hot-water boiler has the one sensible stream. Hot: the
 * flue gas (or a waste-heat boiler's exit gas) cooled to the recovery floor, the blowdown water, and a waste-heat
 * boiler's hot gas, which is its heat source.
 */
import {
  CELSIUS_TO_KELVIN,
  gasHeatKJPerKg,
  saturatedLiquidAtP,
  saturatedVaporAtP,
  type GasMixture,
  type WaterState,
} from '../../thermo';
import { latentStream, sensibleStream } from '../common/heat-streams';
import type { ProcessHeatStream } from '../types';

export interface BoilerStreamInput {
  branch: 'steam' | 'hot_water';
  pressureMPa: number;
  /** Steam (or hot water) flow, kg/s. */
  waterFlowKgPerS: number;
  feed: WaterState;
  out: WaterState;
  /** Gas leaving the boiler to the stack: combustion products, or the waste-heat boiler's gas past its outlet. */
  exitGas: { massFlowKgPerS: number; mixture: GasMixture; temperatureK: number } | null;
  /** Lowest temperature the exit gas is cooled to, °C (a convention: the acid dew point margin). */
  exitGasFloorC: number;
  /** A waste-heat boiler's gas from its inlet to its outlet, the heat it gives the water. */
  hotGas: { inletK: number; outletK: number; heatKW: number } | null;
  /** Heat of the blowdown water from saturation down to the feedwater temperature, kW. */
  blowdownHeatKW: number;
}

const celsius = (k: number) => k - CELSIUS_TO_KELVIN;

function waterStreams(b: BoilerStreamInput): ProcessHeatStream[] {
  const m = b.waterFlowKgPerS;
  const feedC = celsius(b.feed.temperatureK);
  const outC = celsius(b.out.temperatureK);
  if (b.branch === 'hot_water')
    return sensibleStream({
      key: 'water_heating',
      label: 'Water heating',
      kind: 'cold',
      supplyTemperatureC: feedC,
      targetTemperatureC: outC,
      dutyKW: m * (b.out.enthalpyKJPerKg - b.feed.enthalpyKJPerKg),
      medium: 'water',
    });
  const liquid = saturatedLiquidAtP(b.pressureMPa);
  const vapour = saturatedVaporAtP(b.pressureMPa);
  const saturationC = celsius(liquid.temperatureK);
  return [
    ...sensibleStream({
      key: 'feedwater_heating',
      label: 'Feedwater heating to saturation',
      kind: 'cold',
      supplyTemperatureC: feedC,
      targetTemperatureC: saturationC,
      dutyKW: m * (liquid.enthalpyKJPerKg - b.feed.enthalpyKJPerKg),
      medium: 'water',
    }),
    ...latentStream({
      key: 'evaporation',
      label: 'Evaporation',
      kind: 'cold',
      temperatureC: saturationC,
      dutyKW: m * (vapour.enthalpyKJPerKg - liquid.enthalpyKJPerKg),
      medium: 'steam',
    }),
    // Saturated steam (out = the saturated vapour) has no superheat: sensibleStream leaves it out.
    ...sensibleStream({
      key: 'superheat',
      label: 'Superheating',
      kind: 'cold',
      supplyTemperatureC: saturationC,
      targetTemperatureC: outC,
      dutyKW: m * (b.out.enthalpyKJPerKg - vapour.enthalpyKJPerKg),
      medium: 'steam',
    }),
  ];
}

export function boilerHeatStreams(b: BoilerStreamInput): ProcessHeatStream[] {
  const streams = waterStreams(b);
  if (b.exitGas) {
    const floorK = b.exitGasFloorC + CELSIUS_TO_KELVIN;
    const { massFlowKgPerS, mixture, temperatureK } = b.exitGas;
    streams.push(
      ...sensibleStream({
        key: 'flue_gas',
        label: `Flue gas to ${b.exitGasFloorC} °C`,
        kind: 'hot',
        supplyTemperatureC: celsius(temperatureK),
        targetTemperatureC: b.exitGasFloorC,
        dutyKW: temperatureK > floorK ? massFlowKgPerS * gasHeatKJPerKg(mixture, floorK, temperatureK) : 0,
        medium: 'flue_gas',
      }),
    );
  }
  if (b.hotGas)
    streams.push(
      ...sensibleStream({
        key: 'hot_gas',
        label: 'Hot gas through the boiler',
        kind: 'hot',
        supplyTemperatureC: celsius(b.hotGas.inletK),
        targetTemperatureC: celsius(b.hotGas.outletK),
        dutyKW: b.hotGas.heatKW,
        medium: 'flue_gas',
        isUnitHeatSource: true,
      }),
    );
  if (b.branch === 'steam')
    streams.push(
      // Cooled to the feedwater temperature: the most a blowdown heat exchanger on the make-up water could take.
      ...sensibleStream({
        key: 'blowdown',
        label: 'Blowdown water',
        kind: 'hot',
        supplyTemperatureC: celsius(saturatedLiquidAtP(b.pressureMPa).temperatureK),
        targetTemperatureC: celsius(b.feed.temperatureK),
        dutyKW: b.blowdownHeatKW,
        medium: 'water',
      }),
    );
  return streams;
}
