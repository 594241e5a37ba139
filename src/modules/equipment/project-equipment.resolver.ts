import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Project } from '../project/project.entity';
import { Equipment } from './equipment.entity';
import { plantSizedList } from '../../graphql/cost-limits';

/** The project's equipment fields, owned by the equipment module (the project module knows nothing of equipment). */
@Resolver(() => Project)
export class ProjectEquipmentResolver {
  @FieldResolver(() => [Equipment], {
    description: 'Equipment of the project, oldest first.',
    complexity: plantSizedList,
  })
  equipment(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<Equipment[]> {
    return ctx.loaders.equipmentByProject.load(project.id);
  }

  @FieldResolver(() => Int, { description: 'Number of equipment in the project.' })
  equipmentCount(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.equipmentCountByProject.load(project.id);
  }
}
