/**
 * The p-th percentile of `values` by the nearest-rank method: sort ascending and take the value at
 * rank ceil(p / 100 × n), counting from 1. It is always one of the values, never an interpolation.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values to take a percentile of');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be in (0, 100] (got ${p})`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1]!;
}
