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
  // TODO (milestone 2): the Wilson interval. With p = rate, n = trials:
  //   centre    = (p + z²/2n) / (1 + z²/n)
  //   halfWidth = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²)
  // and the interval is centre ± halfWidth, clamped to 0..1.
  return { rate, low: rate, high: rate };
}
