import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBreaker } from '../src/breaker.ts';
import { createManualClock } from '../src/clock.ts';

function breakerWithClock() {
  const clock = createManualClock();
  return { clock, breaker: createBreaker({ failureThreshold: 3, cooldownMs: 30_000, clock }) };
}

test('the breaker opens after three failures in a row, and refuses requests while open', () => {
  const { breaker } = breakerWithClock();
  breaker.recordFailure();
  breaker.recordFailure();
  assert.equal(breaker.state(), 'closed', 'two failures are under the threshold');
  breaker.recordFailure();
  assert.equal(breaker.state(), 'open', 'the third failure in a row opens the breaker');
  assert.equal(breaker.allowRequest(), false, 'an open breaker lets nothing through');
});

test('a success resets the count: failures must be consecutive to open the breaker', () => {
  const { breaker } = breakerWithClock();
  breaker.recordFailure();
  breaker.recordFailure();
  breaker.recordSuccess();
  breaker.recordFailure();
  breaker.recordFailure();
  assert.equal(breaker.state(), 'closed');
});

test('after the cool-down the breaker is half-open and lets exactly one trial through', () => {
  const { clock, breaker } = breakerWithClock();
  for (let i = 0; i < 3; i++) breaker.recordFailure();
  clock.advance(29_999);
  assert.equal(breaker.state(), 'open', 'still open 1 ms before the cool-down ends');
  clock.advance(1);
  assert.equal(breaker.state(), 'half-open');
  assert.equal(breaker.allowRequest(), true, 'the trial goes through');
  assert.equal(breaker.allowRequest(), false, 'a second request waits for the trial to finish');
});

test('a successful trial closes the breaker; a failed one opens it for another cool-down', () => {
  const { clock, breaker } = breakerWithClock();
  for (let i = 0; i < 3; i++) breaker.recordFailure();
  clock.advance(30_000);
  breaker.allowRequest();
  breaker.recordFailure();
  assert.equal(breaker.state(), 'open', 'one failed trial is enough to open it again');
  clock.advance(29_999);
  assert.equal(breaker.state(), 'open', 'the new cool-down starts at the failed trial');
  clock.advance(1);
  breaker.allowRequest();
  breaker.recordSuccess();
  assert.equal(breaker.state(), 'closed');
  assert.equal(breaker.allowRequest(), true);
});
