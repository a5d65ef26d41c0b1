import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, createExactCache, normalise, type Scope } from '../src/exact-cache.ts';

const hollowOak: Scope = { tenant: 'hollow-oak', promptVersion: 'v3', modelId: 'gpt-6.1-sol' };
const hour = 60 * 60_000;

test('normalise ignores case, extra spaces and trailing punctuation, and nothing else', () => {
  assert.equal(normalise('  How long do I have to   return an item?? '), 'how long do i have to return an item', 'normalise in src/exact-cache.ts should trim, lower-case, collapse spaces and drop trailing ?, ! and .');
  assert.notEqual(normalise('Can I return a coat?'), normalise('Can I return a hat?'), 'different words must stay different');
});

test('the exact cache serves a repeat typed differently', () => {
  const cache = createExactCache({ ttlMs: hour });
  cache.store(hollowOak, 'Are returns free?', 'Returns are free.', 0);
  assert.equal(cache.lookup(hollowOak, 'are returns  free', 60_000)?.answer, 'Returns are free.', 'the same question in other case and spacing should hit: build the key from normalise(question)');
  assert.equal(cache.lookup(hollowOak, 'Are returns slow?', 60_000), undefined);
});

test('the cache key keeps tenants apart: one shop never gets another shop\'s answer', () => {
  const northStar = { ...hollowOak, tenant: 'north-star' };
  assert.notEqual(cacheKey(northStar, 'Are returns free?'), cacheKey(hollowOak, 'Are returns free?'), 'put scope.tenant in the key');
  const cache = createExactCache({ ttlMs: hour });
  cache.store(hollowOak, 'Are returns free?', 'Returns are free.', 0);
  assert.equal(cache.lookup(northStar, 'Are returns free?', 1), undefined, 'North Star charges for returns: it must not be served Hollow Oak\'s answer');
});

test('a new prompt version or model misses: versioned keys retire old answers', () => {
  const key = cacheKey(hollowOak, 'Are returns free?');
  assert.notEqual(cacheKey({ ...hollowOak, promptVersion: 'v4' }, 'Are returns free?'), key, 'put scope.promptVersion in the key, so a changed prompt does not serve answers written under the old one');
  assert.notEqual(cacheKey({ ...hollowOak, modelId: 'gpt-6-luna' }, 'Are returns free?'), key, 'put scope.modelId in the key too');
});

test('an entry expires after its time to live', () => {
  const cache = createExactCache({ ttlMs: hour });
  cache.store(hollowOak, 'Are returns free?', 'Returns are free.', 0);
  assert.equal(cache.lookup(hollowOak, 'Are returns free?', hour - 1)?.answer, 'Returns are free.', 'just inside the time to live, the entry is served');
  assert.equal(cache.lookup(hollowOak, 'Are returns free?', hour), undefined, 'at ttlMs after it was stored, the entry has expired: lookup should miss');
  assert.equal(cache.size, 0, 'an expired entry should be deleted when it is found, not kept for ever');
});
