import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';

/** An account. The password hash is a column, never a field. */
@ObjectType({ implements: Node, description: 'An account of the server.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'Id of the account.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased and trimmed: one account per address. */
  @Field(() => String, { description: 'Login address (stored lower-case).' })
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** `scrypt$N$r$p$salt$hash` (src/modules/account/password.ts). */
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash!: string;

  @Field(() => Date, { description: 'When the account was created (ISO 8601).' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}
