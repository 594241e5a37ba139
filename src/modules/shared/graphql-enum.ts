import { registerEnumType } from 'type-graphql';

/** `{ COMPRESSOR: 'compressor', … }` for keys `['compressor', …]`. */
export type EnumOf<K extends string> = { readonly [Key in K as Uppercase<Key>]: Key };

/**
 * A GraphQL enum whose values are the engine's own keys: the GraphQL name is
 * the key in upper case, the TypeScript type is the engine's literal union,
 * so an engine value needs no cast to become an API value, and a key added to
 * the engine appears in the API without a second list.
 */
export function graphqlEnumOf<K extends string>(
  keys: readonly K[],
  config: {
    name: string;
    description?: string;
    /** A description per value, keyed by the engine key (every key, so none is left undescribed). */
    valueDescriptions?: Record<K, string>;
  },
): EnumOf<K> {
  const values = Object.fromEntries(keys.map((key) => [key.toUpperCase(), key])) as EnumOf<K>;
  const { valueDescriptions, ...named } = config;
  const valuesConfig = valueDescriptions
    ? (Object.fromEntries(keys.map((key) => [key.toUpperCase(), { description: valueDescriptions[key] }])) as Record<
        keyof EnumOf<K>,
        { description: string }
      >)
    : undefined;
  registerEnumType(values, { ...named, valuesConfig });
  return values;
}

/**
 * The complete list of an engine union's members, checked at compile time:
 * `allKeys<Priority>()(['high', 'medium'])` fails until 'low' is listed.
 */
export function allKeys<T extends string>() {
  return <const K extends readonly T[]>(
    keys: K & ([T] extends [K[number]] ? unknown : { missing: Exclude<T, K[number]> }),
  ): K => keys;
}
