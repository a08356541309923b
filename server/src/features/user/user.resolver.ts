import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { AuthPayload, CreateUserInput } from './user.inputs.js';
import { User } from './user.entity.js';
import type { UserService } from './user.service.js';

/** The bearer token of the current request, for logout. */
export interface TokenContext {
  token: string | null;
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext) {
    return ctx.user;
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; send the token as `Authorization: Bearer <token>`.' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.users.login(email, password, ctx.ip);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with.' })
  logout(@Ctx() ctx: RequestContext & TokenContext) {
    return this.users.logout(ctx.token);
  }

  @Mutation(() => Int, {
    description:
      'Signs a user out everywhere: revokes all their sessions (yours when userId is omitted; anyone’s for administrators). Returns how many.',
  })
  revokeSessions(
    @Arg('userId', () => ID, { nullable: true }) userId: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.users.revokeSessions(ctx.actor, userId);
  }

  @Mutation(() => User, { description: 'Creates an account (administrators only).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return this.users.createUser(ctx.actor, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Shown to signed-in users only.' })
  email(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ctx.actor ? user.email : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.organizationId === null ? null : ctx.loaders.organization.load(user.organizationId);
  }
}
