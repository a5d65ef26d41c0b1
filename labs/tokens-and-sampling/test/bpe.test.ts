import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMerge, decode, encode, learnMerges, mostFrequentPair } from '../src/bpe.ts';

test('the most frequent adjacent pair is found', () => {
  assert.deepEqual(mostFrequentPair([['l', 'o', 'w'], ['l', 'o', 'g'], ['a', 'b']]), ['l', 'o']);
  assert.equal(mostFrequentPair([['a']]), undefined);
});

test('a merge replaces every occurrence of its pair', () => {
  assert.deepEqual(applyMerge(['l', 'o', 'l', 'o', 'w'], ['l', 'o']), ['lo', 'lo', 'w']);
});

test('learned merges shorten the encoding, and decoding gives the text back', () => {
  const corpus = 'low lower lowest newer newest wider widest slow slower slowest';
  const merges = learnMerges(corpus, 10);
  assert.equal(merges.length, 10);
  const text = 'slower newest';
  assert.ok(encode(text, merges).length < encode(text, []).length, 'merges should reduce the token count');
  assert.equal(decode(encode(text, merges)), text);
});
