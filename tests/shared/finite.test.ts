/** The last guard against NaN and ±Infinity: clean values pass untouched, bad ones are named by their path. */
import { nonFinitePaths } from '../../src/modules/shared/finite';

it('finds nothing in clean values, whatever their shape', () => {
  expect(nonFinitePaths({ a: 1, b: [0, -2.5, { c: null, d: 'NaN' }], e: true })).toEqual([]);
  expect(nonFinitePaths([])).toEqual([]);
  expect(nonFinitePaths(null)).toEqual([]);
});

it('names every non-finite number by its path', () => {
  expect(nonFinitePaths(Number.NaN)).toEqual(['(root)']);
  expect(
    nonFinitePaths({ a: { b: [1, { c: Number.POSITIVE_INFINITY }] }, d: Number.NaN, e: [Number.NEGATIVE_INFINITY] }),
  ).toEqual(['a.b[1].c', 'd', 'e[0]']);
});
