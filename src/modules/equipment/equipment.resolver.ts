import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { deleted, DeletePayload } from '../../graphql/delete-payload';
import { Project } from '../project/project.entity';
import { Equipment } from './equipment.entity';
import { EquipmentInput, UpdateEquipmentInput } from './equipment.inputs';
import { EquipmentService } from './equipment.service';

@Resolver(() => Equipment)
export class EquipmentResolver {
  @Query(() => Equipment, {
    nullable: true,
    description: 'An equipment of a project you are a member of; null when there is none with this id.',
  })
  async equipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment.' }) id: string,
  ): Promise<Equipment | null> {
    return ctx.loaders.equipmentById.load(id.toLowerCase());
  }

  @Mutation(() => Equipment, {
    description: 'Adds an equipment to the project; its parameters are checked against the catalog (equipmentTypes).',
  })
  addEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project the equipment belongs to.' }) projectId: string,
    @Arg('input', () => EquipmentInput, { description: 'Name, type, subtype and catalog parameters of the equipment.' })
    input: EquipmentInput,
  ): Promise<Equipment> {
    return new EquipmentService(ctx.em, ctx.access, ctx.limits.maxEquipmentPerProject).add(projectId, input);
  }

  @Mutation(() => [Equipment], { description: 'Adds several equipment at once: all or nothing.' })
  addEquipmentBatch(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project the equipment belongs to.' }) projectId: string,
    @Arg('inputs', () => [EquipmentInput], { description: 'The equipment to add, in order.' }) inputs: EquipmentInput[],
  ): Promise<Equipment[]> {
    return new EquipmentService(ctx.em, ctx.access, ctx.limits.maxEquipmentPerProject).addBatch(projectId, inputs);
  }

  @Mutation(() => Equipment, {
    description: 'Changes an equipment; the project’s analyses go stale until it is analysed again.',
  })
  updateEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment.' }) id: string,
    @Arg('input', () => UpdateEquipmentInput, { description: 'The fields to change.' }) input: UpdateEquipmentInput,
  ): Promise<Equipment> {
    return new EquipmentService(ctx.em, ctx.access).update(id, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes the equipment from the plant (a tombstone stays for the runs that covered it); true when done.',
  })
  removeEquipment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment to remove (it stays as a tombstone for past runs).' })
    id: string,
  ): Promise<boolean> {
    return new EquipmentService(ctx.em, ctx.access).remove(id);
  }

  @Mutation(() => DeletePayload, {
    description:
      'removeEquipment answering the removed unit’s id (for a client cache to evict from Project.equipment) and its project.',
  })
  async equipmentRemove(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of the equipment to remove (it stays as a tombstone for past runs).' })
    id: string,
  ): Promise<DeletePayload> {
    const unit = await ctx.loaders.equipmentById.load(id.toLowerCase());
    await new EquipmentService(ctx.em, ctx.access).remove(id);
    return deleted('Equipment', id, unit?.project.id ?? null);
  }

  @FieldResolver(() => Project, { description: 'The project the equipment belongs to.' })
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
