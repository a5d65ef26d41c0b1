import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText } from 'ai';
import { getModel, priceOf, prices, type PriceRow } from '@ai-roadmap/kit';
import { countTokens } from '@ai-roadmap/kit/tokens';
import { billedOutputTokens, cachedTokens, cheapestModel, costPerMonth, costPerRequest, monthlyCost } from '../src/cost.ts';
import { countPrompt } from '../src/count.ts';
import { systemPrompt, ticket } from '../src/prompt.ts';

const price: PriceRow = { provider: 'test', model: 'test', inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, source: 'https://example.com/pricing', asOf: '2026-11-30' };
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('tokens are counted with a real BPE tokenizer, the way the model bills them', async () => {
  assert.equal(countTokens('Hello world'), 2); // "Hello" and " world"
  const counted = countPrompt(systemPrompt, ticket);
  assert.equal(counted.stablePrefixTokens, countTokens(systemPrompt));
  assert.ok(counted.inputTokens > counted.stablePrefixTokens);
  const { usage } = await generateText({ model: getModel({ provider: 'stand-in' }), system: systemPrompt, prompt: ticket });
  assert.equal(counted.inputTokens, usage.inputTokens, 'the count matches the usage the model reports');
});

test('a request of 1,000 input and 500 output tokens at $2/$8 per million costs $0.006', () => {
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1 }, price), 0.006);
});

test('the classic example: $0.02 a request × 10 million requests is $200,000 a month', () => {
  assert.equal(monthlyCost(0.02, 10_000_000), 200_000);
});

test('the same $0.02, derived from token counts and the price table: 2,000 in and 2,000 out on gpt-4.1', () => {
  const row = priceOf('gpt-4.1');
  const scenario = { inputTokens: 2_000, outputTokens: 2_000, requestsPerMonth: 10_000_000 };
  const expected = (2_000 * row.inputPerMTok + 2_000 * row.outputPerMTok) / 1_000_000;
  close(costPerRequest(scenario, row), expected);
  close(expected, 0.02); // $0.004 of input and $0.016 of output, at gpt-4.1's $2 and $8 per million
  assert.ok(Math.abs(costPerMonth(scenario, row) - 200_000) < 1e-6);
});

test('a month multiplies the request cost by the volume', () => {
  close(costPerMonth({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1_000_000 }, price), 6_000);
});

test('a prefix is cached only when it reaches the provider’s minimum; cached tokens cost the cached price', () => {
  const base = { inputTokens: 2_400, stablePrefixTokens: 2_000, outputTokens: 0, requestsPerMonth: 1 };
  assert.equal(cachedTokens(base), 0, 'no caching without a minimum set');
  assert.equal(cachedTokens({ ...base, minimumCachePrefix: 1_024 }), 2_000);
  assert.equal(cachedTokens({ ...base, stablePrefixTokens: 800, minimumCachePrefix: 1_024 }), 0, 'an 800-token prefix is below 1,024');
  // 400 tokens at $2 plus 2,000 at $0.50 per million.
  close(costPerRequest({ ...base, minimumCachePrefix: 1_024 }, price), 0.0008 + 0.001);
  close(costPerRequest({ ...base, stablePrefixTokens: 800, minimumCachePrefix: 1_024 }, price), 0.0048);
  const noCachedPrice: PriceRow = { provider: 'test', model: 'plain', inputPerMTok: 2, outputPerMTok: 8, source: 'https://example.com/pricing', asOf: '2026-11-30' };
  close(costPerRequest({ ...base, minimumCachePrefix: 1_024 }, noCachedPrice), 0.0048);
});

test('reasoning tokens are billed as output, and an output cap limits reasoning and answer together', () => {
  const thinking = { inputTokens: 1_000, outputTokens: 500, reasoningTokens: 1_500, requestsPerMonth: 1 };
  assert.equal(billedOutputTokens(thinking), 2_000);
  close(costPerRequest(thinking, price), 0.002 + 0.016);
  assert.equal(billedOutputTokens({ ...thinking, maxOutputTokens: 1_200 }), 1_200);
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1, maxOutputTokens: 100 }, price), 0.0028);
});

test('a batch discount comes off the whole request', () => {
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1, batchDiscount: 0.5 }, price), 0.003);
});

test('over the long-context threshold the whole request pays the long-context rates', () => {
  const tiered: PriceRow = { ...price, longContext: { aboveInputTokens: 200_000, inputPerMTok: 4, outputPerMTok: 12 } };
  close(costPerRequest({ inputTokens: 200_000, outputTokens: 1_000, requestsPerMonth: 1 }, tiered), 0.4 + 0.008);
  close(costPerRequest({ inputTokens: 250_000, outputTokens: 1_000, requestsPerMonth: 1 }, tiered), 1 + 0.012);
});

test('the cheapest model is the one with the lowest monthly cost', () => {
  const scenario = { inputTokens: 2_000, outputTokens: 300, requestsPerMonth: 1_000_000 };
  const real = prices.filter((row) => row.provider !== 'stand-in');
  const best = cheapestModel(scenario, real);
  for (const row of real) assert.ok(best.monthly <= costPerMonth(scenario, row) + 1e-9, `${row.model} is cheaper than ${best.model}`);
  assert.ok(best.monthly > 0);
  assert.notEqual(best.model, real[0]?.model);
});
