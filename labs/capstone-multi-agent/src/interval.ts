export interface Interval {
  /** The observed share, successes / trials. */
  rate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` out of `trials` (z = 1.96 for 95%). Unlike the
 * textbook rate ± z·√(rate(1−rate)/n), it stays inside 0..1 and does not shrink to a
 * point when every trial passed or every trial failed.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): Interval {
  if (!Number.isInteger(trials) || trials <= 0) throw new RangeError(`wilsonInterval: trials must be a whole number above 0 (got ${trials})`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) throw new RangeError(`wilsonInterval: successes must be a whole number from 0 to ${trials} (got ${successes})`);
  const rate = successes / trials;
  const z2 = z * z;
  const centre = (rate + z2 / (2 * trials)) / (1 + z2 / trials);
  const halfWidth = (z / (1 + z2 / trials)) * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials));
  return { rate, low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
