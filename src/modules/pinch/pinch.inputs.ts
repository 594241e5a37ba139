import { Field, Float, InputType } from 'type-graphql';
import { TEXT, Text } from '../shared/text';
import type { HeatStreamInput as EngineHeatStreamInput } from '../../engine/pinch';

@InputType({
  description:
    'A process stream to heat or cool: hot when supply is above target, cold otherwise. Give exactly one of heatCapacityFlowKWPerK and dutyKW.',
})
export class HeatStreamInput implements EngineHeatStreamInput {
  @Field(() => String, { description: 'Unique within the request; matches and utilities name their streams by it.' })
  @Text(TEXT.name)
  name!: string;

  @Field(() => Float, { description: 'Temperature the stream is available at, °C (−273.15 to 2000).' })
  supplyTemperatureC!: number;

  @Field(() => Float, { description: 'Temperature the stream must reach, °C (−273.15 to 2000); not the supply.' })
  targetTemperatureC!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Heat capacity flow rate CP = ṁ·c_p, kW/K, above 0 (at most 1e9); constant over the range.',
  })
  heatCapacityFlowKWPerK?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Heat the stream gives (hot) or takes (cold) between supply and target, kW, above 0 (at most 1e9).',
  })
  dutyKW?: number | null;
}
