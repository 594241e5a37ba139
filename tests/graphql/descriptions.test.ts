/**
 * Every type, field, argument, input field and enum value of the API has a
 * description (issue 16): generated clients and explorers show them, and a
 * bare name says nothing about units. The walk covers the built schema,
 * skipping introspection types and the built-in scalars.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema } from '../../src/graphql/schema';

/**
 * The gaps left from before this test, one coordinate a line. It may only shrink: a new undescribed coordinate
 * fails, and so does a listed one that has since been described (delete its line).
 */
const ALLOWED = readFileSync(join(__dirname, 'undescribed-allowlist.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const described = (description: string | null | undefined) => !!description && description.trim().length > 0;

/** Schema coordinates (Type, Type.field, Type.field(arg:), Enum.VALUE) that have no description. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

const missing = undescribed(buildAppSchema());

it('every type, field, argument, input field and enum value has a description (outside the shrinking allow-list)', () => {
  expect(missing.filter((coordinate) => !ALLOWED.includes(coordinate))).toEqual([]);
});

it('the allow-list names only coordinates that still lack a description', () => {
  expect(ALLOWED.filter((coordinate) => !missing.includes(coordinate))).toEqual([]);
});
