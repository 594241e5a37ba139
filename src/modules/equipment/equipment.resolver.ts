import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { deleted, DeletePayload } from '../../graphql/delete-payload';
import { Project } from '../project/project.entity';
import { Equipment } from './equipment.entity';
import { EquipmentInput, UpdateEquipmentInput } from './equipment.inputs';
import { EquipmentService } from './equipment.service';

@Resolver(() => Equipment)
export class EquipmentResolver {
  @Query(() => Equipment, { nullable: true })
  async equipment(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Equipment | null> {
    return ctx.loaders.equipmentById.load(id.toLowerCase());
  }

  @Mutation(() => Equipment)
  addEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => EquipmentInput) input: EquipmentInput,
  ): Promise<Equipment> {
    return new EquipmentService(ctx.em, ctx.access, ctx.limits.maxEquipmentPerProject).add(projectId, input);
  }

  @Mutation(() => [Equipment], { description: 'Adds several equipment at once: all or nothing.' })
  addEquipmentBatch(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('inputs', () => [EquipmentInput]) inputs: EquipmentInput[],
  ): Promise<Equipment[]> {
    return new EquipmentService(ctx.em, ctx.access, ctx.limits.maxEquipmentPerProject).addBatch(projectId, inputs);
  }

  @Mutation(() => Equipment)
  updateEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEquipmentInput) input: UpdateEquipmentInput,
  ): Promise<Equipment> {
    return new EquipmentService(ctx.em, ctx.access).update(id, input);
  }

  @Mutation(() => Boolean)
  removeEquipment(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return new EquipmentService(ctx.em, ctx.access).remove(id);
  }

  @Mutation(() => DeletePayload, {
    description:
      'removeEquipment answering the removed unit’s id (for a client cache to evict from Project.equipment) and its project.',
  })
  async equipmentRemove(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<DeletePayload> {
    const unit = await ctx.loaders.equipmentById.load(id.toLowerCase());
    await new EquipmentService(ctx.em, ctx.access).remove(id);
    return deleted('Equipment', id, unit?.project.id ?? null);
  }

  @FieldResolver(() => Project)
  async project(@Root() equipment: Equipment, @Ctx() ctx: GraphQLContext): Promise<Project> {
    const project = await ctx.loaders.projectById.load(equipment.project.id);
    if (!project) throw new Error(`equipment ${equipment.id} has no project`);
    return project;
  }

  @FieldResolver(() => Equipment, {
    nullable: true,
    description: 'The equipment supplying this unit’s input, if linked.',
  })
  suppliedBy(@Root() equipment: Equipment, @Ctx() ctx: GraphQLContext): Promise<Equipment | null> | null {
    return equipment.suppliedBy ? ctx.loaders.equipmentById.load(equipment.suppliedBy.id) : null;
  }
}
