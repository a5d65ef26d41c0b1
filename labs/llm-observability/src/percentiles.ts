// Latency percentiles by the nearest-rank method: the p-th percentile of n values is the value
// at rank ceil(p / 100 × n) in ascending order. It is always one of the measured values, which
// makes it easy to check by hand; interpolating methods can return a value nobody measured.

export function percentile(values: number[], p: number): number {
  // TODO: the nearest-rank percentile. Sort a copy (never the caller's array), find the rank
  // ceil(p / 100 × n), and return the value at that rank (ranks count from 1). Empty values,
  // or p outside (0, 100], are errors that say what was wrong.
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
