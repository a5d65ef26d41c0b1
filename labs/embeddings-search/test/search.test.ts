import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosineSimilarity, topK } from '../src/search.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

test('cosine similarity: 1 for the same direction, 0 when orthogonal, -1 when opposite', () => {
  close(cosineSimilarity([0.6, 0.8], [0.6, 0.8]), 1);
  close(cosineSimilarity([1, 0], [0, 3]), 0);
  close(cosineSimilarity([1, 2], [-2, -4]), -1);
  close(cosineSimilarity([3, 4], [6, 8]), 1);
  assert.equal(cosineSimilarity([0, 0], [1, 0]), 0);
});

test('topK returns the k best documents, best first', () => {
  const index = [
    { id: 'far', vector: [0, 1] },
    { id: 'near', vector: [1, 0.1] },
    { id: 'middle', vector: [1, 1] },
  ];
  const hits = topK([1, 0], index, 2);
  assert.deepEqual(hits.map((hit) => hit.id), ['near', 'middle']);
  assert.ok(hits[0]!.score >= hits[1]!.score);
});
