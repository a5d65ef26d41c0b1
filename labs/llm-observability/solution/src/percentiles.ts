// Latency percentiles by the nearest-rank method: the p-th percentile of n values is the value
// at rank ceil(p / 100 × n) in ascending order. It is always one of the measured values, which
// makes it easy to check by hand; interpolating methods can return a value nobody measured.

export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: values is empty, so it has no percentiles.');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be more than 0 and at most 100, not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}
