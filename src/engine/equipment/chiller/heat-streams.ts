/** A chiller's process heat streams for the plant pinch (kW thermal, from its energy balance). */
import { latentStream, sensibleStream } from '../common/heat-streams';
import type { ProcessHeatStream } from '../types';

export interface ChillerStreamInput {
  coolingKW: number;
  chilledReturnC: number;
  chilledSupplyC: number;
  condenserHeatKW: number;
  condenser: { airCooled: true; condensingC: number } | { airCooled: false; returnC: number; supplyC: number };
  /** An absorption chiller's driving heat. */
  generator: { heatKW: number; temperatureC: number } | null;
}

/**
 * Process heat streams: the chilled water the evaporator cools (return → supply, Q_e) is a hot stream, the heat it
 * carries is what the plant must reject, now by refrigeration (the evaporator takes it as the refrigerant's cold
 * stream, which is the utility, not a process stream); the condenser heat Q_e + W is a hot stream in the cooling water
 * (return → supply) or, air-cooled, condensing refrigerant at its condensing temperature (latent; desuperheating left
 * out); an absorption chiller's generator takes its driving heat at the generator temperature (latent, cold).
 */
export function chillerHeatStreams(c: ChillerStreamInput): ProcessHeatStream[] {
  const condenser = c.condenser.airCooled
    ? latentStream({
        key: 'condenser_heat',
        label: 'Condenser heat (condensing refrigerant)',
        kind: 'hot',
        temperatureC: c.condenser.condensingC,
        dutyKW: c.condenserHeatKW,
        medium: 'refrigerant',
      })
    : sensibleStream({
        key: 'condenser_heat',
        label: 'Condenser water',
        kind: 'hot',
        supplyTemperatureC: c.condenser.returnC,
        targetTemperatureC: c.condenser.supplyC,
        dutyKW: c.condenserHeatKW,
        medium: 'water',
      });
  return [
    ...sensibleStream({
      key: 'chilled_water',
      label: 'Chilled water cooled in the evaporator',
      kind: 'hot',
      supplyTemperatureC: c.chilledReturnC,
      targetTemperatureC: c.chilledSupplyC,
      dutyKW: c.coolingKW,
      medium: 'water',
    }),
    ...condenser,
    ...(c.generator
      ? latentStream({
          key: 'generator_heat',
          label: 'Generator driving heat',
          kind: 'cold',
          temperatureC: c.generator.temperatureC,
          dutyKW: c.generator.heatKW,
          medium: 'other',
        })
      : []),
  ];
}
