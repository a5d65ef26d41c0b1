/** A clock the tests move by hand, so that no result depends on the wall clock. */
export interface Clock {
  now(): number;
}

export function createManualClock(startMs = 0) {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance: ms must be a non-negative number, not ${ms}.`);
      nowMs += ms;
    },
  };
}
