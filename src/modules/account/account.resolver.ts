import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { deleted, DeletePayload } from '../../graphql/delete-payload';
import { NotFoundError } from '../shared/errors';
import { TEXT, textArg } from '../shared/text';
import { User } from './user.entity';
import { ApiToken } from './api-token.entity';
import { RegisterInput } from './account.inputs';
import { ApiTokenPayload, AuthPayload } from './account.types';
import { signedIn } from './caller';

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in account.' })
  me(@Ctx() ctx: GraphQLContext): User {
    return signedIn(ctx.caller);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  register(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RegisterInput, { description: 'Email and password of the new account.' })
    input: RegisterInput,
  ): Promise<AuthPayload> {
    return ctx.accounts.register(input, ctx.clientAddress);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; attempts are limited per email and per address.' })
  login(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String, { description: 'The account’s email address (case-insensitive).' }) email: string,
    @Arg('password', () => String, { description: 'The account’s password.' }) password: string,
  ): Promise<AuthPayload> {
    return ctx.accounts.login(email, password, ctx.clientAddress);
  }

  @Mutation(() => ApiTokenPayload, { description: 'A long-lived token for scripts and generated clients, shown once.' })
  createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('name', () => String, {
      description: 'A label for the token (which script or client uses it), up to 100 characters.',
      validateFn: textArg('name', TEXT.tokenName),
    })
    name: string,
  ): Promise<ApiTokenPayload> {
    return ctx.accounts.createApiToken(signedIn(ctx.caller), name);
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your API tokens; requests with it are then refused.' })
  revokeApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of one of your API tokens.' }) id: string,
  ): Promise<boolean> {
    return ctx.accounts.revokeApiToken(signedIn(ctx.caller), id.toLowerCase());
  }

  @Mutation(() => ApiToken, {
    description:
      'revokeApiToken answering the token as it is now: a revoked token is kept (revokedAt set) and still listed, so a cache updates it rather than evicting it.',
  })
  async apiTokenRevoke(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Id of one of your API tokens.' }) id: string,
  ): Promise<ApiToken> {
    const user = signedIn(ctx.caller);
    await ctx.accounts.revokeApiToken(user, id.toLowerCase());
    const token = (await ctx.accounts.apiTokens(user)).find((t) => t.id === id.toLowerCase());
    if (!token) throw new NotFoundError('ApiToken', id);
    return token;
  }

  @Mutation(() => DeletePayload, {
    description: 'deleteAccount answering your account’s id (evict it and everything cached under it).',
  })
  async accountDelete(
    @Ctx() ctx: GraphQLContext,
    @Arg('password', () => String, {
      description: 'Your current password, to confirm.',
      validateFn: textArg('password', { max: TEXT.password.max }),
    })
    password: string,
  ): Promise<DeletePayload> {
    const user = signedIn(ctx.caller);
    await ctx.accounts.deleteAccount(user, password);
    return deleted('User', user.id);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes your account, its tokens and memberships, and the projects you alone own.',
  })
  deleteAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('password', () => String, {
      description: 'Your current password, to confirm.',
      validateFn: textArg('password', { max: TEXT.password.max }),
    })
    password: string,
  ): Promise<boolean> {
    return ctx.accounts.deleteAccount(signedIn(ctx.caller), password);
  }

  @FieldResolver(() => [ApiToken], { description: 'Your API tokens, newest first (empty for other accounts).' })
  async apiTokens(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    if (user.id !== ctx.caller.user?.id) return [];
    return ctx.accounts.apiTokens(user);
  }
}
