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
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (rate + z2 / (2 * total)) / denominator;
  const halfWidth = (z * Math.sqrt((rate * (1 - rate)) / total + z2 / (4 * total * total))) / denominator;
  return { rate, low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
