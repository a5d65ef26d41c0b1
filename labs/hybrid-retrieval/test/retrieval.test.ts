import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRetrievers } from '../src/evaluate.ts';

const report = await evaluateRetrievers(3);
const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

test('BM25 finds every rare identifier; the trigram vectors find every misspelt question', () => {
  assert.equal(report.bm25.byKind.exact.recall, 1, `BM25 recall@3 on error codes and setting names: ${percent(report.bm25.byKind.exact.recall)}`);
  assert.equal(report.vectors.byKind.fuzzy.recall, 1, 'the vectors, spelling-based, find the questions with typos');
  assert.equal(report.bm25.byKind.fuzzy.recall, 0, 'BM25 compares whole words: "deploymnet" is not "deployments"');
});

test('hybrid retrieval beats BM25 alone and vectors alone on recall@3', () => {
  const { bm25, vectors, hybrid } = report;
  assert.ok(
    hybrid.recall > bm25.recall && hybrid.recall > vectors.recall,
    `recall@3: hybrid ${percent(hybrid.recall)}, BM25 ${percent(bm25.recall)}, vectors ${percent(vectors.recall)}`,
  );
});

test('hybrid retrieval beats BM25 alone and vectors alone on MRR', () => {
  const { bm25, vectors, hybrid } = report;
  assert.ok(hybrid.mrr > bm25.mrr && hybrid.mrr > vectors.mrr, `MRR: hybrid ${hybrid.mrr.toFixed(3)}, BM25 ${bm25.mrr.toFixed(3)}, vectors ${vectors.mrr.toFixed(3)}`);
});
