import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bm25Search, buildBm25Index, idf } from '../src/bm25.ts';

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? 'value'}: got ${actual}, expected ${expected}`);

const index = buildBm25Index([
  { id: 'fraud', text: 'Error E4013: fraud check timed out' },
  { id: 'lost', text: 'Error E4012: card reported lost' },
  { id: 'cards', text: 'card card card limits' },
]);

test('idf is high for a word few documents hold, and small for one they all hold', () => {
  close(idf(index, 'e4013'), Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5)), 'idf of a word in 1 of 3 documents is ln(1 + (N − n + 0.5) / (n + 0.5))');
  close(idf(index, 'error'), Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5)), 'idf of a word in 2 of 3 documents');
  close(idf(index, 'unseen'), Math.log(1 + (3 + 0.5) / 0.5), 'a word no document holds has n = 0');
  assert.ok(idf(index, 'e4013') > idf(index, 'error'));
});

test('a rare identifier finds its one document, and only documents sharing a word are returned', () => {
  const results = bm25Search(index, 'What does E4013 mean?');
  assert.deepEqual(results.map((result) => result.id), ['fraud'], 'words(query) keeps "e4013"; the other two documents share no word with the query');
  // "fraud" has 6 words (error, e4013, fraud, check, timed, out) and the average is 15 / 3 = 5,
  // so one occurrence scores idf × 2.2 / (1 + 1.2 × (0.25 + 0.75 × 6 / 5)).
  const expected = (Math.log(1 + 2.5 / 1.5) * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 6) / 5));
  close(results[0]!.score, expected, 'the BM25 score of "fraud" (k1 = 1.2, b = 0.75)');
});

test('repeating a word helps less and less: term frequency saturates', () => {
  const repeated = buildBm25Index([
    { id: 'once', text: 'card' },
    { id: 'three-times', text: 'card card card' },
    { id: 'other', text: 'refund' },
  ]);
  const scores = Object.fromEntries(bm25Search(repeated, 'card', { b: 0 }).map(({ id, score }) => [id, score]));
  assert.ok(scores['three-times']! > scores['once']!, 'more occurrences score higher');
  assert.ok(scores['three-times']! < 3 * scores['once']!, 'but three occurrences score far less than three times one');
});

test('results come best first, ties broken by id', () => {
  const results = bm25Search(index, 'error card');
  const scores = results.map((result) => result.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  assert.equal(results.length, 3);
});
