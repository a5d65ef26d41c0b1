// Milestone 2: retrieve the top 5 and measure recall@5 with its interval.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Chunk } from '../src/chunk.ts';
import type { VectorIndex } from '../src/embed-index.ts';
import { runEvaluation } from '../src/evaluate.ts';
import { wilsonInterval } from '../src/interval.ts';
import { topK } from '../src/retrieve.ts';

const chunk = (id: string): Chunk => ({ id, docId: id.split('#')[0]!, title: id, text: id });
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 5e-4, `${what}: expected ${expected}, got ${actual}`);

// Four chunks in two dimensions; the query points along the first axis.
const index = {
  chunks: [chunk('a#0'), chunk('b#0'), chunk('c#0'), chunk('d#0')],
  vectors: [
    [0, 1],
    [0.6, 0.8],
    [1, 0],
    [0.6, -0.8],
  ],
} as unknown as VectorIndex;

test('m2: topK ranks chunks by cosine similarity, best first, equal scores by chunk id', () => {
  const ranked = topK(index, [1, 0], 3);
  assert.deepEqual(
    ranked.map(({ chunk }) => chunk.id),
    ['c#0', 'b#0', 'd#0'],
    'c#0 points the same way as the query (cosine 1); b#0 and d#0 tie at 0.6, so b#0 comes first by id',
  );
  close(ranked[0]!.score, 1, 'the best score');
  close(ranked[1]!.score, 0.6, 'the second score');
});

test('m2: topK keeps at most k, and all of them when k is larger than the index', () => {
  assert.equal(topK(index, [1, 0], 2).length, 2);
  assert.deepEqual(topK(index, [0, 1], 10).map(({ chunk }) => chunk.id), ['a#0', 'b#0', 'c#0', 'd#0']);
});

test('m2: the Wilson interval matches the formula at 8/10, 23/24 and 20/24', () => {
  for (const [successes, trials, low, high] of [
    [8, 10, 0.4902, 0.9433],
    [23, 24, 0.7976, 0.9926],
    [20, 24, 0.6415, 0.9332],
  ] as const) {
    const interval = wilsonInterval(successes, trials);
    close(interval.rate, successes / trials, `the rate at ${successes}/${trials}`);
    close(interval.low, low, `the low end at ${successes}/${trials}`);
    close(interval.high, high, `the high end at ${successes}/${trials}`);
  }
});

test('m2: the Wilson interval stays wide when every trial passes or fails', () => {
  close(wilsonInterval(10, 10).low, 0.7225, '10/10 low end: ten passes do not prove a rate of 1');
  close(wilsonInterval(0, 10).high, 0.2775, '0/10 high end');
  assert.throws(() => wilsonInterval(3, 2), /successes must be a whole number from 0 to 2/);
});

test('m2: recall@5 on the labelled set counts the questions with a relevant chunk in the top 5', async () => {
  const { recall, records, k } = await runEvaluation();
  assert.equal(k, 5);
  for (const record of records) assert.equal(record.retrievedIds.length, 5, `${record.question.id} should retrieve 5 chunks`);
  assert.equal(recall.hits, records.filter((record) => record.firstRelevantRank !== undefined).length);
  assert.ok(recall.rate >= 0.75, `recall@5 is ${recall.rate}: most questions share words with their evidence, so most should be found`);
  assert.ok(recall.low < recall.rate && recall.rate <= recall.high, `recall needs an interval around it: ${JSON.stringify(recall)}`);
  const lexical = records.filter((record) => Number(record.question.id.slice(1)) <= 20);
  assert.ok(lexical.every((record) => record.firstRelevantRank !== undefined), 'q01–q20 use the handbook’s own words: each should have its evidence in the top 5');
});
