/**
 * Safeguarded Newton iteration for T in [lo, hi] such that f(T) = target,
 * where f is increasing (h or s along an isobar). Falls back to bisection
 * whenever Newton would leave the bracket, so it always converges; seeded by
 * the backward equations it needs one or two steps.
 */
export function solveIncreasing(
  f: (temperatureK: number) => { value: number; slope: number },
  target: number,
  lo: number,
  hi: number,
  toleranceK = 1e-9,
  /** A starting guess (e.g. from an IF97 backward equation); the bracket midpoint when absent or outside. */
  initialK?: number,
): number {
  let a = lo;
  let b = hi;
  let t = initialK !== undefined && initialK > a && initialK < b ? initialK : 0.5 * (a + b);
  for (let iteration = 0; iteration < 200; iteration++) {
    const { value, slope } = f(t);
    const error = value - target;
    if (error > 0) b = t;
    else a = t;
    let next = slope > 0 ? t - error / slope : Number.NaN;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    if (Math.abs(next - t) < toleranceK) return next;
    t = next;
  }
  return t;
}
