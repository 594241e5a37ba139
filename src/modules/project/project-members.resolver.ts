import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { UnsharePayload } from '../../graphql/delete-payload';
import { NotFoundError } from '../shared/errors';
import { TEXT, textArg } from '../shared/text';
import { Project } from './project.entity';
import { ProjectRole } from './project-role.enum';
import { ProjectMemberView } from './project.types';
import { ProjectMembershipService } from './project-membership.service';

@Resolver(() => Project)
export class ProjectMembersResolver {
  @Mutation(() => ProjectMemberView, {
    description: "Shares the project with an account (owners only); an existing member's role is changed.",
  })
  async shareProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project to share.' }) projectId: string,
    @Arg('email', () => String, {
      description: 'Email of the account to share it with.',
      validateFn: textArg('email', TEXT.email),
    })
    email: string,
    @Arg('role', () => ProjectRole, { description: 'The role that account gets in the project.' }) role: ProjectRole,
  ): Promise<ProjectMemberView> {
    const member = await new ProjectMembershipService(ctx.em, ctx.access).share(projectId.toLowerCase(), email, role);
    const user = await ctx.loaders.userById.load(member.user.id);
    if (!user) throw new NotFoundError('User', member.user.id);
    return { user, role: member.role, addedAt: member.createdAt };
  }

  @Mutation(() => Boolean, { description: 'Removes a member (owners only; the last owner stays).' })
  unshareProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project.' }) projectId: string,
    @Arg('userId', () => ID, { description: 'Id of the member to remove.' }) userId: string,
  ): Promise<boolean> {
    return new ProjectMembershipService(ctx.em, ctx.access).unshare(projectId.toLowerCase(), userId.toLowerCase());
  }

  @Mutation(() => UnsharePayload, {
    description: 'unshareProject answering the account removed and the project with its members as they are now.',
  })
  async projectUnshare(
    @Ctx() ctx: GraphQLContext,
    @Arg('projectId', () => ID, { description: 'Id of the project to stop sharing.' }) projectId: string,
    @Arg('userId', () => ID, { description: 'Id of the account to remove from it.' }) userId: string,
  ): Promise<UnsharePayload> {
    const [project, user] = [projectId.toLowerCase(), userId.toLowerCase()];
    await new ProjectMembershipService(ctx.em, ctx.access).unshare(project, user);
    ctx.loaders.membersByProject.clear(project);
    ctx.loaders.projectById.clear(project);
    return Object.assign(new UnsharePayload(), { removedUserId: user, projectId: project });
  }

  @FieldResolver(() => [ProjectMemberView], { description: 'Everyone the project is shared with, owners first.' })
  members(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<ProjectMemberView[]> {
    return ctx.loaders.membersByProject.load(project.id);
  }

  @FieldResolver(() => ProjectRole, { description: "The caller's role in the project." })
  async myRole(@Root() project: Project, @Ctx() ctx: GraphQLContext): Promise<ProjectRole> {
    const role = await ctx.access.role(project.id);
    if (!role) throw new NotFoundError('Project', project.id);
    return role;
  }
}
