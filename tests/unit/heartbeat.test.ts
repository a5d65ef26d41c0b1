import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Heartbeat, type Clock } from '../../src/runtime/runners/in-page/heartbeat.ts';

/** A clock the test moves by hand; its one interval fires whenever time passes a multiple of its period. */
function manualClock() {
  let now = 0;
  let tick: (() => void) | undefined;
  let period = 0;
  let due = 0;
  const clock: Clock = {
    now: () => now,
    every: (ms, callback) => {
      tick = callback;
      period = ms;
      due = now + ms;
      return () => (tick = undefined);
    },
  };
  /** Moves time on by `ms`; a busy page runs its overdue check once, late, as a browser does. */
  const advance = (ms: number, busy = false) => {
    now += ms;
    if (busy) {
      if (tick && now >= due) (tick(), (due = now + period));
      return;
    }
    while (tick && due <= now) (tick(), (due += period));
  };
  return { clock, advance };
}

test('a sandbox that keeps beating is never taken for lost, however long it runs', () => {
  const { clock, advance } = manualClock();
  let lost = false;
  const heartbeat = new Heartbeat(() => (lost = true), clock);
  for (let ms = 0; ms < 60_000; ms += 500) {
    advance(500);
    heartbeat.beat();
  }
  assert.equal(lost, false);
});

test('five on-time checks without a beat mean the sandbox is gone', () => {
  const { clock, advance } = manualClock();
  let lost = 0;
  new Heartbeat(() => lost++, clock);
  advance(5_000);
  assert.equal(lost, 0, 'the first check only starts the count');
  advance(1_000);
  assert.equal(lost, 1);
  advance(10_000);
  assert.equal(lost, 1, 'it reports once');
});

test('when the page itself was too busy to check on time, a gap proves nothing', () => {
  const { clock, advance } = manualClock();
  let lost = false;
  const heartbeat = new Heartbeat(() => (lost = true), clock);
  for (let round = 0; round < 10; round++) {
    advance(8_000, true); // the page's thread was blocked; the beats queued behind it arrive just after
    heartbeat.beat();
  }
  assert.equal(lost, false);
});
