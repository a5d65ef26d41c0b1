import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText } from 'ai';
import table from '../src/prices.json' with { type: 'json' };
import { costOf, createStandInModel, monthlyCost, priceOf, priceTableSchema, prices, type PriceRow } from '../src/index.ts';

const row: PriceRow = { provider: 'test', model: 'test', inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, currency: 'USD', source: 'https://example.com', asOf: '2025-01-01' };

test('the price table passes its schema; every row has an https source, an ISO date and USD', () => {
  const parsed = priceTableSchema.parse(table);
  assert.ok(parsed.rows.length >= 9);
  for (const price of parsed.rows) {
    assert.match(price.source, /^https:\/\/[^/]+\//, price.model);
    assert.match(price.asOf, /^\d{4}-\d{2}-\d{2}$/, price.model);
    assert.ok(!Number.isNaN(Date.parse(price.asOf)), price.model);
    assert.equal(price.currency, 'USD');
    if (price.cachedInputPerMTok !== undefined) assert.ok(price.cachedInputPerMTok < price.inputPerMTok, price.model);
  }
  assert.equal(new Set(parsed.rows.map((price) => price.model)).size, parsed.rows.length, 'models are unique');
  assert.deepEqual(priceOf('stand-in').inputPerMTok + priceOf('stand-in').outputPerMTok, 0);
  assert.equal(prices.length, parsed.rows.length);
});

test('a malformed price row is rejected', () => {
  const good = table.rows[1]!;
  for (const bad of [{ inputPerMTok: -1 }, { source: 'http://insecure.example.com' }, { asOf: 'May 2025' }, { currency: 'EUR' }, { surprise: 1 }]) {
    assert.throws(() => priceTableSchema.parse({ note: '', rows: [{ ...good, ...bad }] }), Error, JSON.stringify(bad));
  }
});

test('cost is tokens × price per million tokens, cached input at its own price', () => {
  assert.equal(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, row), 2);
  assert.equal(costOf({ inputTokens: 1_000, outputTokens: 500 }, row), 0.006);
  assert.equal(costOf({ inputTokens: 1_000_000, cachedInputTokens: 500_000, outputTokens: 0 }, row), 1.25);
  assert.equal(costOf({ inputTokens: 1_000_000, outputTokens: 0, inputTokenDetails: { cacheReadTokens: 500_000 } }, row), 1.25);
  assert.equal(costOf({ inputTokens: 10, outputTokens: 10 }, 'stand-in'), 0);
  const mini = priceOf('gpt-4.1-mini');
  assert.ok(Math.abs(costOf({ inputTokens: 2_000_000, outputTokens: 1_000_000 }, 'gpt-4.1-mini') - (2 * mini.inputPerMTok + mini.outputPerMTok)) < 1e-12);
  assert.throws(() => costOf({ inputTokens: -5, outputTokens: 0 }, row), /non-negative/);
});

test('costOf takes the AI SDK’s usage as it is', async () => {
  const { usage } = await generateText({ model: createStandInModel(), prompt: 'Hello' });
  assert.equal(costOf(usage, row), ((usage.inputTokens ?? 0) * 2 + (usage.outputTokens ?? 0) * 8) / 1e6);
});

test('$0.02 per request at 10 million requests a month is $200,000 a month', () => {
  assert.equal(monthlyCost(0.02, 10_000_000), 200_000);
  assert.equal(monthlyCost(0.006, 0), 0);
});

test('an unknown model is an error that names it and lists the known ones', () => {
  assert.throws(() => costOf({ inputTokens: 1, outputTokens: 1 }, 'gpt-99'), /No price for model "gpt-99"\. Known models: stand-in, gpt-5, .*claude-haiku-4-5.*gemini-2\.5-flash\./);
});
