// Two small helpers for the statistics in compare.ts. They are given, because
// they are numerical plumbing rather than the idea the lab teaches.

/**
 * The complementary error function, erfc(x) = 1 − erf(x), by the Chebyshev
 * approximation in Numerical Recipes (fractional error below 1.2e-7).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const result = t * Math.exp(poly);
  return x >= 0 ? result : 2 - result;
}

/** P(X ≥ statistic) for a chi-square variable with one degree of freedom: the p-value of McNemar's statistic. */
export function chiSquareOneTail(statistic: number): number {
  if (!(statistic > 0)) return 1;
  return erfc(Math.sqrt(statistic / 2));
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted in ascending order, interpolating
 * linearly between the two nearest ranks (the default of R and NumPy).
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile: no values');
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
