import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';
import { ApiToken } from './api-token.entity';

@ObjectType({ description: 'A session token (send it as `Authorization: Bearer <token>`) and its account.' })
export class AuthPayload {
  @Field(() => String, { description: 'Signed session token (JWT); expires after JWT_TTL (default 7 days).' })
  token!: string;

  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;
}

@ObjectType({ description: 'A new API token: the secret is shown here once and never again.' })
export class ApiTokenPayload {
  @Field(() => String, { description: 'The secret (`exl_…`); send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiToken, { description: "The token's record (the secret itself is in `token`)." })
  apiToken!: ApiToken;
}
