/**
 * Safeguarded Newton iteration for T in [lo, hi] such that f(T) = target,
 * where f is increasing (h or s along an isobar). Falls back to bisection
 * whenever Newton would leave the bracket, so it always converges.
 */
export function solveIncreasing(
  f: (temperatureK: number) => { value: number; slope: number },
  target: number,
  lo: number,
  hi: number,
  toleranceK = 1e-9,
): number {
  let a = lo;
  let b = hi;
  let t = 0.5 * (a + b);
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
