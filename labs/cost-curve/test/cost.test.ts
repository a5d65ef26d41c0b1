import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceOf, prices, type PriceRow } from '@ai-roadmap/kit';
import { cheapestModel, costPerMonth, costPerRequest, monthlyCost } from '../src/cost.ts';

const price: PriceRow = { provider: 'test', model: 'test', inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, source: 'https://example.com/pricing', asOf: '2025-04-14' };
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('a request of 1,000 input and 500 output tokens at $2/$8 per million costs $0.006', () => {
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1 }, price), 0.006);
});

test('the classic example: $0.02 a request × 10 million requests is $200,000 a month', () => {
  assert.equal(monthlyCost(0.02, 10_000_000), 200_000);
});

test('a month multiplies the request cost by the volume', () => {
  close(costPerMonth({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1_000_000 }, price), 6_000);
});

test('cached input is charged at the cached price', () => {
  // 1,000 input tokens, half cached: 500 × $2 + 500 × $0.50 per million.
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 0, requestsPerMonth: 1, cachedShare: 0.5 }, price), 0.00125);
  const noCachedPrice: PriceRow = { ...price, cachedInputPerMTok: undefined } as PriceRow;
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 0, requestsPerMonth: 1, cachedShare: 0.5 }, noCachedPrice), 0.002);
});

test('a batch discount and an output cap both cut the bill', () => {
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1, batchDiscount: 0.5 }, price), 0.003);
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1, maxOutputTokens: 100 }, price), 0.0028);
});

test('the dated price table prices a real model', () => {
  const mini = priceOf('gpt-4.1-mini');
  close(costPerRequest({ inputTokens: 1_000, outputTokens: 500, requestsPerMonth: 1 }, mini), (1_000 * mini.inputPerMTok + 500 * mini.outputPerMTok) / 1e6);
});

test('the cheapest model is the one with the lowest monthly cost', () => {
  const scenario = { inputTokens: 2_000, outputTokens: 300, requestsPerMonth: 1_000_000 };
  const real = prices.filter((row) => row.provider !== 'stand-in');
  const best = cheapestModel(scenario, real);
  for (const row of real) assert.ok(best.monthly <= costPerMonth(scenario, row) + 1e-9, `${row.model} is cheaper than ${best.model}`);
  assert.notEqual(best.model, real[0]?.model);
});
