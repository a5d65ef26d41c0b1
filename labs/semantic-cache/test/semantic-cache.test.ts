import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosineSimilarity, hashedNgramEmbedding } from '@ai-roadmap/kit';
import type { Scope } from '../src/exact-cache.ts';
import { createSemanticCache } from '../src/semantic-cache.ts';

const hollowOak: Scope = { tenant: 'hollow-oak', promptVersion: 'v3', modelId: 'gpt-6.1-sol' };
const hour = 60 * 60_000;
const similarity = (a: string, b: string) => cosineSimilarity(hashedNgramEmbedding(a), hashedNgramEmbedding(b));

test('the semantic cache serves the closest stored question that reaches the threshold', () => {
  const cache = createSemanticCache({ threshold: 0.6, ttlMs: hour });
  cache.store(hollowOak, 'How do I delete my account?', 'Delete it under Settings.', 0);
  cache.store(hollowOak, 'How do I reset my password?', 'Use Forgot password.', 0);
  const hit = cache.lookup(hollowOak, 'How do I remove my account?', 1);
  assert.ok(hit, 'a paraphrase at similarity 0.78 should hit at a threshold of 0.6: compare with every stored question of the scope');
  assert.equal(hit.question, 'How do I delete my account?', 'serve the most similar stored question');
  assert.ok(Math.abs(hit.similarity - similarity('How do I remove my account?', 'How do I delete my account?')) < 1e-9, 'report the cosine similarity of the two embeddings');
});

test('the semantic cache misses when the closest question is below the threshold', () => {
  const cache = createSemanticCache({ threshold: 0.8, ttlMs: hour });
  cache.store(hollowOak, 'How do I delete my account?', 'Delete it under Settings.', 0);
  assert.equal(cache.lookup(hollowOak, 'How do I remove my account?', 1), undefined, 'at 0.78 the paraphrase is below a threshold of 0.8: lookup should return undefined');
});

test('the semantic cache looks only within the scope: no answer crosses tenants or prompt versions', () => {
  const cache = createSemanticCache({ threshold: 0.6, ttlMs: hour });
  cache.store(hollowOak, 'Are returns free?', 'Returns are free.', 0);
  assert.ok(cache.lookup(hollowOak, 'Are returns free?', 1), 'the same question in the same scope should hit');
  assert.equal(cache.lookup({ ...hollowOak, tenant: 'north-star' }, 'Are returns free?', 1), undefined, 'another tenant must never be served this answer: compare only entries of the same scope');
  assert.equal(cache.lookup({ ...hollowOak, promptVersion: 'v4' }, 'Are returns free?', 1), undefined, 'a new prompt version starts with an empty cache');
});

test('the semantic cache forgets entries past their time to live', () => {
  const cache = createSemanticCache({ threshold: 0.6, ttlMs: hour });
  cache.store(hollowOak, 'Are returns free?', 'Returns are free.', 0);
  assert.equal(cache.lookup(hollowOak, 'Are returns free?', hour), undefined, 'an entry stored ttlMs ago or earlier has expired');
});
