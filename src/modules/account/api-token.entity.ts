import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { User } from './user.entity';

/** A long-lived credential for scripts; only the SHA-256 of its secret is stored. */
@ObjectType({ implements: Node, description: 'A long-lived API token (its secret is shown once, when it is created).' })
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @Field(() => ID, { description: 'Id of the token (to revoke it).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Field(() => String, { description: 'What the token is for, as its creator named it.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Hex SHA-256 of the secret: a stolen database holds no usable token. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => Date, { description: 'When the token was created (ISO 8601).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the token was revoked (ISO 8601); null while valid.' })
  @Property({ type: DateTimeType, nullable: true })
  revokedAt: Date | null = null;
}
