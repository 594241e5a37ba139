import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Equipment } from '../equipment/equipment.entity';
import { AnalysisResultView } from './analysis.types';
import { AnalysisService } from './analysis.service';
import { toAnalysisResultView } from './analysis.mapper';
import { readEquipmentResult } from './stored-results';

@Resolver(() => AnalysisResultView)
export class AnalysisResultResolver {
  @Mutation(() => AnalysisResultView, {
    description: 'Analyses one equipment and stores the result (replacing the previous one).',
  })
  async analyzeEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment to analyse.' }) id: string,
  ): Promise<AnalysisResultView> {
    const { row, equipment } = await new AnalysisService(ctx.em, ctx.access).analyzeEquipment(id);
    ctx.loaders.equipmentById.prime(equipment.id, equipment);
    const result = readEquipmentResult(row);
    return toAnalysisResultView(row, false, () => Promise.resolve(result));
  }

  @FieldResolver(() => Equipment, {
    nullable: true,
    description:
      'The equipment analysed (a removed one answers as its tombstone); null for a unit that only a scenario adds.',
  })
  async equipment(@Root() view: AnalysisResultView, @Ctx() ctx: GraphQLContext): Promise<Equipment | null> {
    // A past run may name a unit removed since: its tombstone answers.
    return ctx.loaders.anyEquipmentById.load(view.equipmentId);
  }
}
