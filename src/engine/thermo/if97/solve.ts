/**
 * Safeguarded Newton iteration for T in [lo, hi] such that f(T) = target,
 * where f is increasing (h or s along an isobar). It bisects whenever Newton
 * would leave the bracket or is not at least halving the step (the rtsafe rule,
 * Press et al., Numerical Recipes §9.4): a plain "Newton unless outside the
 * bracket" rule ping-pongs forever across the pseudo-critical cp peak (e.g.
 * 25 MPa, h = 2000 kJ/kg). So the bracket shrinks geometrically and the solve
 * always converges; seeded by the backward equations it needs one or two steps.
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
  let previousStep = b - a;
  let step = previousStep;
  // 200 iterations: bisection alone shrinks a 2000 K bracket below 1e-9 K in ~41.
  for (let iteration = 0; iteration < 200; iteration++) {
    const { value, slope } = f(t);
    const error = value - target;
    if (error === 0) return t;
    if (error > 0) b = t;
    else a = t;
    const newton = slope > 0 ? t - error / slope : Number.NaN;
    const newtonStep = Math.abs(newton - t);
    let next: number;
    if (newton > a && newton < b && 2 * newtonStep <= Math.abs(previousStep)) {
      previousStep = step;
      step = newtonStep;
      next = newton;
    } else {
      previousStep = step;
      next = 0.5 * (a + b);
      step = Math.abs(next - t);
    }
    if (Math.abs(next - t) < toleranceK || b - a < toleranceK) return next;
    t = next;
  }
  return t;
}
