import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOutOfMemory } from '../../src/runtime/runners/in-page/worker/out-of-memory.ts';

test('allocations that fail are told apart from other errors', () => {
  let tooLong: unknown;
  try {
    'x'.repeat(2 ** 30).repeat(4);
  } catch (error) {
    tooLong = error;
  }
  assert.equal(isOutOfMemory(tooLong), true, String(tooLong));
  assert.equal(isOutOfMemory(new RangeError('Array buffer allocation failed')), true);
  assert.equal(isOutOfMemory(new RangeError('Invalid array length')), false, 'new Array(-1) is a bug, not a lack of memory');
  assert.equal(isOutOfMemory(new RangeError('Maximum call stack size exceeded')), false);
  assert.equal(isOutOfMemory(new Error('Out of memory')), false, 'only RangeErrors come from V8 allocations');
});
