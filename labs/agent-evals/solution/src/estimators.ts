/** The binomial coefficient C(n, k): the number of ways to choose k of n things (0 when k > n). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  // Multiply and divide in turn: every partial result is itself a binomial coefficient, so it stays exact.
  for (let i = 1; i <= Math.min(k, n - k); i++) result = (result * (n - Math.min(k, n - k) + i)) / i;
  return result;
}

function checkCounts(n: number, c: number, k: number) {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || c < 0 || c > n || k < 1) {
    throw new RangeError(`expected whole numbers with 0 ≤ c ≤ n and k ≥ 1, got n=${n}, c=${c}, k=${k}`);
  }
  if (n < k) throw new RangeError(`need at least k=${k} trials per task to estimate at k, got n=${n}`);
}

/**
 * pass@k: the chance that at least one of k trials succeeds, estimated without
 * bias from n trials of which c succeeded: 1 − C(n−c, k) / C(n, k).
 */
export function passAtK(n: number, c: number, k: number): number {
  checkCounts(n, c, k);
  return 1 - choose(n - c, k) / choose(n, k);
}

/**
 * pass^k: the chance that all k trials succeed, estimated without bias from n
 * trials of which c succeeded: C(c, k) / C(n, k).
 */
export function passHatK(n: number, c: number, k: number): number {
  checkCounts(n, c, k);
  return choose(c, k) / choose(n, k);
}
