/**
 * What the payload variants of the delete mutations answer (Saleor-style
 * `<entity><Action>` names beside the Boolean originals, which stay): the id
 * of the record that is gone, so a normalised client cache can evict it, and
 * the project it belonged to as it is now, so counts and lists refetch in the
 * same round trip.
 */
import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from './context';
import { Project } from '../modules/project/project.entity';

@ObjectType({
  description:
    'The answer of a delete mutation (projectDelete, equipmentRemove, scenarioDelete, accountDelete): the id to evict from a client cache.',
})
export class DeletePayload {
  @Field(() => ID, { description: 'The id of the deleted record (a Node id): evict it, e.g. cache.evict({ id }).' })
  deletedId!: string;

  @Field(() => String, { description: 'The GraphQL type of the deleted record, e.g. `Project` or `Equipment`.' })
  deletedType!: string;

  /** The project the deleted record belonged to, when it still exists. */
  projectId!: string | null;
}

export function deleted(deletedType: string, deletedId: string, projectId: string | null = null): DeletePayload {
  return Object.assign(new DeletePayload(), { deletedType, deletedId: deletedId.toLowerCase(), projectId });
}

@Resolver(() => DeletePayload)
export class DeletePayloadResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description:
      'The project the deleted record belonged to, as it is now (its equipmentCount, scenarios …); null when the project itself was deleted.',
  })
  async project(@Root() payload: DeletePayload, @Ctx() ctx: GraphQLContext): Promise<Project | null> {
    return payload.projectId ? ctx.loaders.projectById.load(payload.projectId) : null;
  }
}

@ObjectType({
  description:
    'The answer of projectUnshare: a membership has no id of its own, so it names the account removed and the project as it is now.',
})
export class UnsharePayload {
  @Field(() => ID, { description: 'The account removed from the project (the account itself stays).' })
  removedUserId!: string;

  projectId!: string;
}

@Resolver(() => UnsharePayload)
export class UnsharePayloadResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The project with its members as they are now; null when you removed yourself.',
  })
  async project(@Root() payload: UnsharePayload, @Ctx() ctx: GraphQLContext): Promise<Project | null> {
    return ctx.loaders.projectById.load(payload.projectId);
  }
}
