import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../src/evaluate.ts';

// One evaluation shared by the tests below; it embeds the corpus once.
let evaluation: ReturnType<typeof evaluate> | undefined;
const evaluated = () => (evaluation ??= evaluate(3));

test('offline lexical embeddings find the lexical queries better than the semantic ones', async () => {
  const result = await evaluated();
  const { recall } = result.lexical;
  assert.equal(result.lexical.rows.length, 12);
  assert.ok(recall.lexical >= 0.8, `lexical recall@3 on lexical queries is ${recall.lexical}`);
  assert.ok(recall.lexical > recall.semantic, `lexical queries (${recall.lexical}) should beat semantic ones (${recall.semantic})`);
});

test('the shipped dense vectors find the semantic queries that the lexical ones miss', async () => {
  const { dense, lexical } = await evaluated();
  assert.ok(dense.recall.semantic >= 5 / 6, `dense recall@3 on semantic queries is ${dense.recall.semantic}; expected at least 5 of 6`);
  assert.ok(dense.recall.semantic > lexical.recall.semantic, `dense (${dense.recall.semantic}) should beat lexical (${lexical.recall.semantic}) on semantic queries`);
  assert.ok(dense.mrr.semantic > lexical.mrr.semantic, `dense MRR (${dense.mrr.semantic}) should beat lexical MRR (${lexical.mrr.semantic}) on semantic queries`);
});

test('the hybrid ranking keeps the lexical hits and lifts the semantic queries above lexical alone', async () => {
  const { hybrid, lexical } = await evaluated();
  assert.equal(hybrid.mrr.lexical, 1, `every lexical query should keep its answer in 1st place after fusion (MRR ${hybrid.mrr.lexical})`);
  assert.ok(hybrid.mrr.semantic > lexical.mrr.semantic, `hybrid MRR (${hybrid.mrr.semantic}) should beat lexical MRR (${lexical.mrr.semantic}) on semantic queries`);
  for (const row of hybrid.rows) assert.equal(row.retrieved.length, 12, `the fused ranking for "${row.query}" should hold all 12 documents`);
});
