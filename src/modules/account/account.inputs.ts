import { Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { TEXT, Text } from '../shared/text';

/** Deliberately loose: one @, something on both sides, a dot in the domain, no spaces. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field(() => String, { description: 'Login address; stored lower-case, one account per address.' })
  @Text(TEXT.email)
  @Matches(EMAIL_SHAPE, { message: 'email must look like name@example.com' })
  email!: string;

  @Field(() => String, { description: `At least ${TEXT.password.min} characters.` })
  @Text(TEXT.password)
  password!: string;

  @Field(() => String, { description: 'Display name shown to the people a project is shared with.' })
  @Text(TEXT.personName)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}
