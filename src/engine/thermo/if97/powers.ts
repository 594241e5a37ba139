/**
 * Integer powers by repeated multiplication into a reusable table: the IF97
 * polynomials need x^k for a small range of integer k, and a table is many
 * times faster than Math.pow per term (the benchmark target is ≥ 1e6 states/s).
 */
export class PowerTable {
  readonly values: Float64Array;

  constructor(
    readonly minExponent: number,
    readonly maxExponent: number,
  ) {
    this.values = new Float64Array(maxExponent - minExponent + 1);
  }

  /** Fills x^k for k in [minExponent, maxExponent]; x must be non-zero when minExponent < 0. */
  fill(x: number): Float64Array {
    const v = this.values;
    const zero = -this.minExponent;
    v[zero] = 1;
    for (let k = 1; k <= this.maxExponent; k++) v[zero + k] = v[zero + k - 1] * x;
    if (this.minExponent < 0) {
      const inverse = 1 / x;
      for (let k = 1; k <= zero; k++) v[zero - k] = v[zero - k + 1] * inverse;
    }
    return v;
  }
}
