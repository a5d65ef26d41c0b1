import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRetrievers } from '../src/evaluate.ts';
import { rerank } from '../src/rerank.ts';

const candidates = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ id, score: 1 - index / 10 }));
const texts: Record<string, string> = { a: 'nothing', b: 'refund window', c: 'refund', d: 'refund window', e: 'refund window' };
/** A toy pair scorer: how many of the question's words the passage holds. */
const shared = (question: string, text: string) => question.split(' ').filter((word) => text.split(' ').includes(word)).length;

test('the reranker orders the shortlist by its own score, keeping the first-stage order on a tie', () => {
  const reranked = rerank('refund window', candidates, (id) => texts[id]!, shared, 4);
  assert.deepEqual(reranked.map(({ id }) => id), ['b', 'd', 'c', 'a'], 'b and d hold both words (b came first), c one, a none');
  assert.deepEqual(reranked.map(({ score }) => score), [2, 2, 1, 0], 'each candidate carries the score the reranker gave it');
});

test('it reads only the first `depth` candidates: one below them never comes back', () => {
  const reranked = rerank('refund window', candidates, (id) => texts[id]!, shared, 4);
  assert.ok(!reranked.some(({ id }) => id === 'e'), 'e holds both words but was fifth, below a depth of 4: the reranker never saw it');
});

const report = await evaluateRetrievers(3);

test('reranking the fused top ten lifts MRR above hybrid, and finds nothing hybrid missed', () => {
  const { hybrid, reranked } = report;
  assert.ok(reranked.mrr > hybrid.mrr, `MRR: reranked ${reranked.mrr.toFixed(3)}, hybrid ${hybrid.mrr.toFixed(3)}; sort the shortlist by the pair scorer`);
  assert.equal(reranked.byKind.paraphrase.recall, hybrid.byKind.paraphrase.recall, 'a passage the first stage did not shortlist stays missing');
});
