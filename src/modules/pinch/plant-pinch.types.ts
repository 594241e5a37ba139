/** GraphQL types of a plant's pinch: the streams its units declare and the comparison with current utility use. */
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type * as Factory from '../../engine/factory';
import type { ProcessHeatStream } from '../../engine/equipment/types';
import { plantSizedList } from '../../graphql/cost-limits';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { HeatStreamKind } from './heat-stream-kind';

export const HeatStreamPhase = graphqlEnumOf(allKeys<ProcessHeatStream['phase']>()(['sensible', 'latent']), {
  name: 'HeatStreamPhase',
  description:
    'SENSIBLE: the temperature changes from supply to target. LATENT: heat at one temperature (evaporation, condensation); the pinch takes it over 0.1 K on the safe side (a hot stream from T down, a cold one from T up), so its targets are never better than an isothermal stream’s.',
  valueDescriptions: {
    sensible: 'The temperature changes from supply to target.',
    latent: 'Heat at one temperature (evaporation, condensation), taken over 0.1 K on the safe side.',
  },
});
export type HeatStreamPhase = ProcessHeatStream['phase'];

export const PlantStreamExclusion = graphqlEnumOf(
  allKeys<Factory.PlantStreamExclusion>()([
    'BELOW_MINIMUM_DUTY',
    'SUPPLIED_BY_PLANT_UNIT',
    'BOUGHT_STEAM',
    'BEYOND_STREAM_LIMIT',
  ]),
  {
    name: 'PlantStreamExclusion',
    description: 'Why a declared stream is not in the plant pinch.',
    valueDescriptions: {
      BELOW_MINIMUM_DUTY: 'Its duty is below minimumStreamDutyKW.',
      SUPPLIED_BY_PLANT_UNIT:
        'It carries heat another unit of the plant supplies (a cold stream, or a heat exchanger’s hot side); the supplier’s streams stand for that heat.',
      BOUGHT_STEAM: 'Steam condensing in a heat exchanger with no supplier: bought steam is the hot utility itself.',
      BEYOND_STREAM_LIMIT: 'The plant has more streams than the pinch takes (200); the largest are kept.',
    },
  },
);
export type PlantStreamExclusion = Factory.PlantStreamExclusion;

@ObjectType({ description: 'A process heat stream a unit declares, as the plant pinch used it (heat loads, kW).' })
export class PlantHeatStream {
  @Field(() => String, { description: '`<unit>: <stream label>`: the name in the targets, curves and network.' })
  name!: string;
  @Field(() => ID, { description: 'Id of the equipment that declares the stream.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of that equipment.' }) equipmentName!: string;
  @Field(() => String, { description: 'The stream within its unit (evaporation, flue_gas, cold_side …).' })
  key!: string;
  @Field(() => String, { description: 'The stream in words, English.' }) label!: string;
  @Field(() => HeatStreamKind, { description: 'Hot (to be cooled) or cold (to be heated).' }) kind!: HeatStreamKind;
  @Field(() => HeatStreamPhase, { description: 'Sensible (a temperature change) or latent (one temperature).' })
  phase!: HeatStreamPhase;
  @Field(() => Float, { description: 'Supply temperature, °C.' }) supplyTemperatureC!: number;
  @Field(() => Float, { description: 'Target temperature, °C (the supply, for a latent stream).' })
  targetTemperatureC!: number;
  @Field(() => Float, { description: 'Heat given (hot) or taken (cold), kW thermal, from the unit’s energy balance.' })
  dutyKW!: number;
  @Field(() => PlantStreamExclusion, { nullable: true, description: 'Why it is left out; null when it takes part.' })
  exclusion!: PlantStreamExclusion | null;
}

@ObjectType({
  description:
    'The plant’s current utility use against the pinch targets. Assumed: every cold stream takes hot utility and every hot stream cold utility now, except the heat a unit already passes from a process stream of its own to its cold streams (a heat exchanger’s hot side, a waste-heat boiler’s gas): heatRecoveredNowKW.',
})
export class PlantPinchComparison implements Omit<Factory.PlantUtilityComparison, 'streams'> {
  @Field(() => [PlantHeatStream], {
    description: 'Every stream the units declare, with exclusion set on those left out.',
    complexity: plantSizedList,
  })
  streams!: PlantHeatStream[];
  @Field(() => Float, { description: 'Streams below this duty are left out, kW.' }) minimumStreamDutyKW!: number;
  @Field(() => Float, { description: 'Heat the units already pass from their own process streams, kW.' })
  heatRecoveredNowKW!: number;
  @Field(() => Float, { description: 'Σ cold-stream duty − heatRecoveredNowKW, kW.' }) currentHotUtilityKW!: number;
  @Field(() => Float, { description: 'Σ hot-stream duty − heatRecoveredNowKW, kW.' }) currentColdUtilityKW!: number;
  @Field(() => Float, {
    description:
      'currentHotUtilityKW − minimumHotUtilityKW, kW; 0 when the plant already recovers more (exchangers closer than ΔT_min).',
  })
  hotUtilitySavingsKW!: number;
  @Field(() => Float, { description: 'currentColdUtilityKW − minimumColdUtilityKW (≥ 0), kW.' })
  coldUtilitySavingsKW!: number;
  @Field(() => Float, {
    nullable: true,
    description: '100·hotUtilitySavingsKW / currentHotUtilityKW, %; null without hot utility.',
  })
  hotUtilitySavingsPct!: number | null;
  @Field(() => Float, {
    description:
      'Hot-utility savings over a year, kWh/yr: shared among the units heating their cold streams now in proportion to that heat, over each unit’s hours.',
  })
  annualSavingsKWh!: number;
  @Field(() => Float, {
    description:
      'annualSavingsKWh at each unit’s energy price, EUR/yr (per kWh of its fuel: a fired boiler saves heat / efficiency of fuel, so this errs low). Cold-utility savings are not priced.',
  })
  annualSavingsEur!: number;
}

/** The engine's plant streams in API terms (kind HOT/COLD as the pinch's streams). */
export function toPlantPinchComparison(plant: Factory.PlantUtilityComparison): PlantPinchComparison {
  return {
    ...plant,
    streams: plant.streams.map((s) => ({
      name: s.name,
      equipmentId: s.equipmentId,
      equipmentName: s.equipmentName,
      key: s.key,
      label: s.label,
      kind: s.kind === 'hot' ? 'HOT' : 'COLD',
      phase: s.phase,
      supplyTemperatureC: s.supplyTemperatureC,
      targetTemperatureC: s.targetTemperatureC,
      dutyKW: s.dutyKW,
      exclusion: s.exclusion,
    })),
  };
}
