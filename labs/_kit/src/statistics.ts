// Two small statistics that several labs report: a percentile of measured values, and an
// interval around a pass rate measured on a sample.

/**
 * The p-th percentile of `values` by the nearest-rank method: sort a copy ascending and take the
 * value at rank ceil(p / 100 × n), counting from 1. It is always one of the values, never an
 * interpolation between two, so it can be checked by hand.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile: values is empty, so it has no percentiles');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be more than 0 and at most 100 (got ${p})`);
  const notANumber = values.findIndex((value) => Number.isNaN(value));
  if (notANumber !== -1) throw new TypeError(`percentile: values[${notANumber}] is NaN, which has no place in a sorted order`);
  const sorted = [...values].sort((a, b) => a - b);
  // p × n / 100 rather than p / 100 × n: 99.9 / 100 is a hair above 0.999 in floating point, which
  // would put the 99.9th percentile of 1,000 values at rank 1,000 instead of 999.
  return sorted[Math.ceil((p * sorted.length) / 100) - 1]!;
}

/** A share measured on a sample, with the interval the true share probably lies in. */
export interface Interval {
  /** The observed share, successes / trials. */
  rate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` out of `trials`; z = 1.96 gives 95% confidence.
 * Unlike the textbook rate ± z·√(rate(1 − rate)/n), it stays inside 0..1 and does not shrink to
 * a point when every trial passed or every trial failed.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): Interval {
  if (!Number.isInteger(trials) || trials <= 0) throw new RangeError(`wilsonInterval: trials must be a whole number above 0 (got ${trials})`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) throw new RangeError(`wilsonInterval: successes must be a whole number from 0 to ${trials} (got ${successes})`);
  if (!(Number.isFinite(z) && z > 0)) throw new RangeError(`wilsonInterval: z must be a number above 0, such as 1.96 for 95% (got ${z})`);
  const rate = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (rate + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { rate, low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
