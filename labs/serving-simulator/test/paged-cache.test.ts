import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PagedKvCache } from '../src/paged-cache.ts';

test('the paged cache rounds a sequence up to whole blocks', () => {
  const cache = new PagedKvCache(10, 16);
  assert.equal(cache.blocksFor(16), 1, '16 tokens fill exactly one 16-token block');
  assert.equal(cache.blocksFor(17), 2, 'a 17th token needs a second block: round up in blocksFor');
  assert.equal(cache.blocksFor(1), 1, 'one token still takes a whole block');
  assert.ok(cache.ensure(7, 33));
  assert.equal(cache.blocksHeldBy(7), 3, '33 tokens hold 3 blocks of 16');
  assert.ok(cache.ensure(7, 48));
  assert.equal(cache.usedBlocks, 3, 'growing to 48 tokens still fits in the 3 blocks the sequence holds');
});

test('the paged cache refuses a sequence that does not fit, and changes nothing', () => {
  const cache = new PagedKvCache(4, 16);
  assert.ok(cache.ensure(1, 48), '48 tokens (3 blocks) fit in a cache of 4 blocks');
  assert.equal(cache.ensure(2, 32), false, 'a sequence that needs 2 blocks when 1 is free must be refused: ensure returns false');
  assert.equal(cache.usedBlocks, 3, 'a refused request must not take any blocks');
  assert.equal(cache.blocksHeldBy(2), 0);
  assert.equal(cache.ensure(1, 80), false, 'growing sequence 1 to 5 blocks in a 4-block cache must be refused');
  assert.equal(cache.peakUsedBlocks, 3, 'the cache never held more than 3 blocks');
});

test('freeing a sequence gives its blocks back', () => {
  const cache = new PagedKvCache(4, 16);
  cache.ensure(1, 64);
  assert.equal(cache.freeBlocks, 0);
  cache.free(1);
  assert.equal(cache.freeBlocks, 4);
  assert.ok(cache.ensure(2, 64), 'the freed blocks can be used by another sequence');
});
