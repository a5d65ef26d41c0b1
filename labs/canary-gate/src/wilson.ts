/** A proportion with its confidence interval. */
export interface Interval {
  rate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `passed` successes in `total` trials. Unlike rate ± z·√(rate(1−rate)/n),
 * it stays inside [0, 1] and does not collapse to zero width at 0 or n passes.
 */
export function wilsonInterval(passed: number, total: number, z = 1.96): Interval {
  if (!Number.isInteger(total) || total <= 0) throw new Error(`wilsonInterval: total must be a whole number above 0 (got ${total})`);
  if (!Number.isInteger(passed) || passed < 0 || passed > total) throw new Error(`wilsonInterval: passed must be a whole number from 0 to ${total} (got ${passed})`);
  const rate = passed / total;
  // TODO: the Wilson interval. With n = total:
  //   centre = (rate + z²/2n) / (1 + z²/n)
  //   half   = z·√(rate(1 − rate)/n + z²/4n²) / (1 + z²/n)
  // and return { rate, low: centre − half, high: centre + half }, kept inside [0, 1].
  void z;
  return { rate, low: rate, high: rate };
}
