/**
 * A seeded generator of numbers in [0, 1), like Math.random but repeatable: the same seed gives
 * the same sequence on every run, in Node and in the page. It is mulberry32, a small 32-bit
 * generator: good enough to simulate traffic, shuffle data or resample for a bootstrap, and no
 * use for anything secret. The seed is a whole number; its low 32 bits are used.
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new TypeError(`seededRandom: seed must be a whole number (got ${seed})`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
