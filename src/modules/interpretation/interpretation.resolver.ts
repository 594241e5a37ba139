import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Equipment } from '../equipment/equipment.entity';
import { Project } from '../project/project.entity';
import { isEquipmentTypeKey } from '../../engine/equipment/types';
import type { Interpretation } from './interpretation.entity';
import { contentOf, InterpretationService } from './interpretation.service';
import { InterpretationLanguage, InterpretationView } from './interpretation.types';

export function toInterpretationView(row: Interpretation, current: boolean): InterpretationView {
  const content = contentOf(row);
  return {
    ...content,
    // Rows written before equipmentType was an enum may hold an LLM's own wording: unknown types read as null.
    hotspotAnalysis: content.hotspotAnalysis.map((h) => ({
      ...h,
      equipmentType:
        typeof h.equipmentType === 'string' && isEquipmentTypeKey(h.equipmentType) ? h.equipmentType : null,
    })),
    id: row.id,
    createdAt: row.createdAt,
    provider: row.provider,
    model: row.model,
    language: row.language,
    current,
    analysisId: row.analysisId,
    fallbackReason: row.fallbackReason,
  };
}

/** What interpretProject and interpretEquipment take besides the id. */
@ArgsType()
class InterpretArgs {
  @Field(() => Boolean, { description: 'Write a new interpretation even when a current one is stored.' })
  refresh: boolean = false;

  @Field(() => InterpretationLanguage, { description: 'Language of the text.' })
  language: InterpretationLanguage = InterpretationLanguage.EN;
}

@Resolver()
export class InterpretationResolver {
  @Mutation(() => InterpretationView, {
    description: 'The interpretation of the project’s latest factory analysis (stored; refresh writes a new one).',
  })
  async interpretProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the project.' }) id: string,
    @Args() { refresh, language }: InterpretArgs,
  ): Promise<InterpretationView> {
    return toInterpretationView(
      await new InterpretationService(ctx.em, ctx.access, ctx.interpreter).interpretProject(id, refresh, language),
      true,
    );
  }

  @Mutation(() => InterpretationView, {
    description: 'The interpretation of the equipment’s current analysis (stored; refresh writes a new one).',
  })
  async interpretEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment.' }) id: string,
    @Args() { refresh, language }: InterpretArgs,
  ): Promise<InterpretationView> {
    return toInterpretationView(
      await new InterpretationService(ctx.em, ctx.access, ctx.interpreter).interpretEquipment(id, refresh, language),
      true,
    );
  }
}

@Resolver(() => Project)
export class ProjectInterpretationResolver {
  @FieldResolver(() => InterpretationView, {
    nullable: true,
    description: 'The newest interpretation of the latest analysis; null when there is none.',
  })
  async interpretation(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<InterpretationView | null> {
    const [latest, rows] = await Promise.all([
      ctx.loaders.latestAnalysisByProject.load(project.id),
      ctx.loaders.projectInterpretations.load(project.id),
    ]);
    const current = latest ? rows.find((row) => row.analysisId === latest.id) : undefined;
    return current ? toInterpretationView(current, true) : null;
  }

  @FieldResolver(() => [InterpretationView], {
    description:
      'Every project-level interpretation, newest first; `current` tells which interpret the latest analysis.',
  })
  async interpretations(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<InterpretationView[]> {
    const [latest, rows] = await Promise.all([
      ctx.loaders.latestAnalysisByProject.load(project.id),
      ctx.loaders.projectInterpretations.load(project.id),
    ]);
    return rows.map((row) => toInterpretationView(row, row.analysisId === latest?.id));
  }
}

@Resolver(() => Equipment)
export class EquipmentInterpretationResolver {
  @FieldResolver(() => InterpretationView, {
    nullable: true,
    description: 'The newest interpretation of the current analysis; null when there is none.',
  })
  async interpretation(@Root() equipment: Equipment, @Ctx() ctx: GraphQLContext): Promise<InterpretationView | null> {
    const [analysis, rows] = await Promise.all([
      ctx.loaders.analysisByEquipment.load(equipment.id),
      ctx.loaders.equipmentInterpretations.load(equipment.id),
    ]);
    const current = analysis ? rows.find((row) => row.analysisId === analysis.id) : undefined;
    return current ? toInterpretationView(current, true) : null;
  }
}
