/**
 * Compile-time binding of a GraphQL object type to the engine type it mirrors.
 * `class X implements EngineX` catches an engine field the API lacks; the
 * check below also catches an API field the engine no longer has:
 *
 *   bindsExactly<CompressorMetrics, EngineCompressorMetrics>(true);
 *
 * fails to compile, naming the fields, until both sides have the same keys.
 */
type OnlyIn<A, B> = Exclude<keyof A, keyof B>;

export type SameFields<Api, Engine> = [OnlyIn<Api, Engine>, OnlyIn<Engine, Api>] extends [never, never]
  ? true
  : { apiOnly: OnlyIn<Api, Engine>; engineOnly: OnlyIn<Engine, Api> };

export function bindsExactly<Api, Engine>(check: SameFields<Api, Engine>): void {
  void check;
}
