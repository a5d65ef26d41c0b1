import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceOf } from '@ai-roadmap/kit';
import { createExactCache } from '../src/exact-cache.ts';
import { calibration, traffic } from '../src/questions.ts';
import { replay } from '../src/replay.ts';
import { createSemanticCache } from '../src/semantic-cache.ts';
import { chooseThreshold, labelledPairs } from '../src/threshold.ts';

const price = priceOf('gpt-6.1-sol');
const ttlMs = 60 * 60_000;
const promptVersion = 'help-desk-v3';

test('replayed through the exact cache, the traffic gets the repeats served, never a wrong answer, and costs less', async () => {
  const none = await replay(traffic, { price, promptVersion });
  const exact = await replay(traffic, { cache: createExactCache({ ttlMs }), price, promptVersion });
  assert.equal(exact.hits, 5, 'five requests repeat an earlier question of the same shop within the hour, typed differently or not');
  assert.equal(exact.falseHits, 0, 'an exact cache scoped by tenant never serves a wrong answer here');
  assert.equal(exact.modelCalls, none.modelCalls - exact.hits);
  assert.ok(exact.costUsd < none.costUsd, 'every hit is a model call not paid for');
});

test('the semantic cache at the chosen threshold hits more than the exact cache, and its false hits are counted', async () => {
  const { threshold } = chooseThreshold(labelledPairs(calibration), 0);
  const exact = await replay(traffic, { cache: createExactCache({ ttlMs }), price, promptVersion });
  const semantic = await replay(traffic, { cache: createSemanticCache({ threshold, ttlMs }), price, promptVersion });
  assert.ok(semantic.hits > exact.hits, `the semantic cache at ${threshold} should serve paraphrases too`);
  assert.ok(semantic.falseHits <= 1, `at ${threshold} at most one false hit is expected on this traffic; got ${semantic.falseHits}`);
  const loose = await replay(traffic, { cache: createSemanticCache({ threshold: 0.5, ttlMs }), price, promptVersion });
  assert.ok(loose.falseHits > semantic.falseHits, 'a looser threshold serves more wrong answers');
});
