import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AFTER, BEFORE, Connection, FIRST, LAST } from '../../graphql/connection';
import { selects } from '../../graphql/selection';
import { Project } from '../project/project.entity';
import { ProjectRole } from '../project/project-role.enum';
import { checkPageArgs, NOT_COUNTED, pageOf, paginate, type Page } from '../shared/paging';
import { Equipment } from './equipment.entity';
import { plantSizedList } from '../../graphql/cost-limits';

export const EquipmentConnection = Connection(Equipment, {
  name: 'Equipment',
  description: 'Live equipment of a project, oldest first (Relay connection).',
  totalCountDescription: 'Number of live units of the project.',
});
export type EquipmentConnection = Page<Equipment>;

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

  @FieldResolver(() => EquipmentConnection, {
    description:
      'The same units as `equipment`, oldest first, a page at a time (first/after forwards, last/before backwards) for very large plants; totalCount is counted only when selected.',
  })
  async equipmentConnection(
    @Root() project: Project,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, FIRST) first: number | null,
    @Arg('after', () => String, AFTER) after: string | null,
    @Arg('last', () => Int, LAST) last: number | null,
    @Arg('before', () => String, BEFORE) before: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EquipmentConnection> {
    const args = { first, after, last, before };
    const withCount = selects(info, 'totalCount');
    const request = checkPageArgs(args);
    let page: EquipmentConnection;
    if (!request.backward && !request.hasCursor) {
      // The common nested case (a first page under each of many projects): one statement for them all.
      const [rows, totalCount] = await Promise.all([
        ctx.loaders.firstEquipmentPage(request.size).load(project.id),
        withCount ? ctx.loaders.equipmentCountByProject.load(project.id) : NOT_COUNTED,
      ]);
      page = pageOf(rows.slice(0, request.size), {
        at: (row) => row.createdAt,
        node: (row) => row,
        totalCount,
        hasNextPage: rows.length > request.size,
        hasPreviousPage: false,
      });
    } else {
      await ctx.access.require(project.id, ProjectRole.VIEWER, 'Project', project.id);
      // Removed units (tombstones) are left out by the entity's default LIVE_EQUIPMENT filter.
      const where = () => ({ project: project.id });
      page = await paginate(ctx.em, Equipment, where, 'createdAt', args, withCount, 'asc');
    }
    for (const { node } of page.edges) ctx.loaders.equipmentById.prime(node.id, node);
    return page;
  }

  @FieldResolver(() => Int, { description: 'Number of equipment in the project.' })
  equipmentCount(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.equipmentCountByProject.load(project.id);
  }
}
