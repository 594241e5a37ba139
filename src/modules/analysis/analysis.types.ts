import { Field, Float, ID, ObjectType } from 'type-graphql';

/**
 * The analysis of one equipment as the API shows it. Built from the stored
 * AnalysisResult row (whose `result` is the engine's EquipmentResult) by
 * `toAnalysisResultView`.
 */
@ObjectType('AnalysisResult', { description: 'Second-law analysis of one equipment.' })
export class AnalysisResultView {
  @Field(() => ID)
  id!: string;

  /** Not a GraphQL field: the equipment resolver loads it. */
  equipmentId!: string;

  @Field(() => Date, { description: 'When the analysis ran (ISO 8601).' })
  analyzedAt!: Date;

  @Field(() => Boolean, { description: 'True when the equipment or the project settings changed after this analysis.' })
  stale!: boolean;

  @Field(() => Float, { description: 'Exergy of fuel E_F, kW.' })
  exergyFuelKW!: number;

  @Field(() => Float, { description: 'Exergy of product E_P, kW.' })
  exergyProductKW!: number;

  @Field(() => Float, { description: 'Exergy losses E_L (streams leaving unused), kW.' })
  exergyLossKW!: number;

  @Field(() => Float, { description: 'Exergy destroyed E_D (irreversibility), kW.' })
  exergyDestroyedKW!: number;

  @Field(() => Float, { nullable: true, description: 'Exergetic efficiency E_P/E_F, %; null when E_F is 0.' })
  exergeticEfficiencyPct!: number | null;
}
