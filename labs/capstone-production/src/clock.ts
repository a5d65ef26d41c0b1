// Simulated time and seeded randomness. Nothing in this lab sleeps or reads the wall clock:
// a request's clock starts at its arrival time and moves forward by each call's simulated
// latency and each backoff, so the chaos run gives the same numbers on every run.

export const second = 1_000;
export const minute = 60 * second;
export const hour = 60 * minute;

export interface SimClock {
  now(): number;
  /** Move the clock forward: a simulated wait, over at once. */
  sleep(ms: number): void;
}

export function createSimClock(startMs = 0): SimClock {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    sleep(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.sleep: ms must be a non-negative number, not ${ms}.`);
      nowMs += ms;
    },
  };
}

/** A number in [0, 1), like Math.random, but the same sequence for the same seed. */
export type Random = () => number;

/** The kit's mulberry32: a small, fast generator, good enough for simulated traffic (not for secrets). */
export { seededRandom } from '@ai-roadmap/kit';

/** "02:35" for 2 h 35 min into the run. */
export function clockTime(ms: number): string {
  const minutes = Math.floor(ms / minute);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
