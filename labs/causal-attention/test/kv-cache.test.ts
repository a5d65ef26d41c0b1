import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kvCacheBytes, type AttentionShape } from '../src/kv-cache.ts';

// The chapter's model: 32 layers, 32 query heads sharing 8 key-value heads of size 128, 16-bit numbers.
const chapterModel: AttentionShape = { layers: 32, heads: 32, kvHeads: 8, headDim: 128, bytesPerValue: 2 };
const GiB = 1024 ** 3;

test('the KV cache of one token is 2 × layers × kvHeads × headDim × bytes: 128 KiB for the chapter’s model', () => {
  assert.equal(kvCacheBytes(chapterModel, 1), 131_072, 'one token: 2 × 32 × 8 × 128 × 2 bytes');
  assert.equal(kvCacheBytes(chapterModel, 32_768), 4 * GiB, 'a 32,768-token conversation needs 4 GiB');
  assert.equal(kvCacheBytes(chapterModel, 0), 0, 'an empty conversation holds nothing');
});

test('grouped-query attention stores only the key-value heads, not the query heads', () => {
  const multiHead = { ...chapterModel, kvHeads: 32 };
  const multiQuery = { ...chapterModel, kvHeads: 1 };
  assert.equal(kvCacheBytes(multiHead, 32_768), 16 * GiB, 'with 32 key-value heads the cache is four times larger');
  assert.equal(kvCacheBytes(multiQuery, 1), 16_384, 'one shared key-value head: an eighth of the chapter’s model');
  assert.equal(kvCacheBytes({ ...chapterModel, bytesPerValue: 1 }, 1), 65_536, 'an 8-bit cache halves it');
});

test('the KV cache grows linearly with the tokens and with the number of conversations', () => {
  assert.equal(kvCacheBytes(chapterModel, 128_000), 16_777_216_000, 'the chapter’s checkpoint: 128,000 tokens');
  assert.equal(kvCacheBytes(chapterModel, 32_768, 8), 32 * GiB, 'eight conversations of 32,768 tokens each');
});

test('an impossible shape or count is rejected with an error that names the field', () => {
  assert.throws(() => kvCacheBytes({ ...chapterModel, kvHeads: 3 }, 1), /shape\.kvHeads/, '3 key-value heads cannot be shared evenly by 32 query heads');
  assert.throws(() => kvCacheBytes({ ...chapterModel, kvHeads: 64 }, 1), /shape\.kvHeads/, 'there cannot be more key-value heads than query heads');
  assert.throws(() => kvCacheBytes({ ...chapterModel, layers: 0 }, 1), /shape\.layers/);
  assert.throws(() => kvCacheBytes(chapterModel, 1.5), /tokens/);
  assert.throws(() => kvCacheBytes(chapterModel, 10, 0), /batch/);
});
