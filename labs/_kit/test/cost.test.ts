import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText } from 'ai';
import table from '../src/prices.json' with { type: 'json' };
import { costOf, createStandInModel, findModelRow, monthlyCost, priceOf, snapshotDateSuffix, priceTableSchema, prices, ratesFor, type PriceRow } from '../src/index.ts';

const row: PriceRow = { provider: 'test', model: 'test', inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, currency: 'USD', source: 'https://example.com', asOf: '2025-01-01' };
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('the price table passes its schema; every row has an https source, an ISO date and USD', () => {
  const parsed = priceTableSchema.parse(table);
  assert.ok(parsed.rows.length >= 9);
  for (const price of parsed.rows) {
    assert.match(price.source, /^https:\/\/[^/]+\//, price.model);
    assert.ok(!Number.isNaN(Date.parse(price.asOf)), price.model);
    assert.equal(price.currency, 'USD');
    assert.ok(price.outputPerMTok >= price.inputPerMTok, `${price.model}: output is never cheaper than input`);
    if (price.cachedInputPerMTok !== undefined) assert.ok(price.cachedInputPerMTok < price.inputPerMTok, `${price.model}: a cache read is cheaper than input`);
    if (price.cacheWritePerMTok !== undefined) assert.ok(price.cacheWritePerMTok >= price.inputPerMTok, `${price.model}: a cache write costs at least plain input`);
    if (price.longContext) {
      assert.ok(price.longContext.inputPerMTok > price.inputPerMTok, `${price.model}: the long-context tier costs more`);
      assert.ok(price.longContext.outputPerMTok >= price.outputPerMTok, price.model);
    }
  }
  assert.equal(new Set(parsed.rows.map((price) => price.model)).size, parsed.rows.length, 'models are unique');
  assert.deepEqual(priceOf('stand-in').inputPerMTok + priceOf('stand-in').outputPerMTok, 0);
  assert.equal(prices.length, parsed.rows.length);
});

test('every real row was checked against its source within the last year of the newest check', () => {
  const dates = prices.filter((price) => price.provider !== 'stand-in').map((price) => Date.parse(price.asOf));
  const newest = Math.max(...dates);
  for (const price of prices) assert.ok(newest - Date.parse(price.asOf) < 365 * 24 * 3600 * 1000, `${price.model} was last checked on ${price.asOf}`);
});

test('a malformed price row is rejected', () => {
  const good = table.rows[1]!;
  const bad: Array<Record<string, unknown>> = [
    { inputPerMTok: -1 },
    { source: 'http://insecure.example.com' },
    { asOf: 'May 2025' },
    { currency: 'EUR' },
    { surprise: 1 },
    { longContext: { aboveInputTokens: 0, inputPerMTok: 1, outputPerMTok: 1 } },
    { longContext: { aboveInputTokens: 1000, inputPerMTok: 1 } },
  ];
  for (const change of bad) {
    assert.throws(() => priceTableSchema.parse({ note: '', rows: [{ ...good, ...change }] }), Error, JSON.stringify(change));
  }
});

test('cost is tokens × price per million tokens, cached input at its own price', () => {
  assert.equal(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, row), 2);
  assert.equal(costOf({ inputTokens: 1_000, outputTokens: 500 }, row), 0.006);
  assert.equal(costOf({ inputTokens: 1_000_000, cachedInputTokens: 500_000, outputTokens: 0 }, row), 1.25);
  assert.equal(costOf({ inputTokens: 1_000_000, outputTokens: 0, inputTokenDetails: { cacheReadTokens: 500_000 } }, row), 1.25);
  assert.equal(costOf({ inputTokens: 10, outputTokens: 10 }, 'stand-in'), 0);
  const mini = priceOf('gpt-4.1-mini');
  close(costOf({ inputTokens: 2_000_000, outputTokens: 1_000_000 }, 'gpt-4.1-mini'), 2 * mini.inputPerMTok + mini.outputPerMTok);
  assert.throws(() => costOf({ inputTokens: -5, outputTokens: 0 }, row), /inputTokens must be a non-negative number/);
  assert.throws(() => costOf({ inputTokens: 100, cachedInputTokens: 200, outputTokens: 0 }, row), /part of inputTokens \(100\)/);
});

test('cache writes cost the write price, and fall back to the input price when a row has none', () => {
  const writes: PriceRow = { ...row, cacheWritePerMTok: 2.5 };
  // 1M input tokens: 600k plain at $2, 400k written to the cache at $2.50.
  close(costOf({ inputTokens: 1_000_000, outputTokens: 0, inputTokenDetails: { cacheWriteTokens: 400_000 } }, writes), 1.2 + 1);
  close(costOf({ inputTokens: 1_000_000, outputTokens: 0, cacheWriteTokens: 400_000 }, row), 2);
});

test('above the long-context threshold the whole request is billed at the long-context rates', () => {
  const tiered: PriceRow = { ...row, longContext: { aboveInputTokens: 200_000, inputPerMTok: 4, outputPerMTok: 12 } };
  close(costOf({ inputTokens: 200_000, outputTokens: 1_000 }, tiered), 0.4 + 0.008);
  close(costOf({ inputTokens: 200_001, outputTokens: 1_000 }, tiered), (200_001 * 4 + 1_000 * 12) / 1e6);
  // The tier has no cached price of its own, so cached tokens pay its input price.
  assert.deepEqual(ratesFor(tiered, 300_000), { input: 4, cachedInput: 4, cacheWrite: 4, output: 12 });
  const luna = priceOf('gpt-6-luna');
  assert.ok(luna.longContext, 'gpt-6-luna has a long-context tier');
  close(costOf({ inputTokens: 300_000, outputTokens: 0 }, luna), 0.3 * luna.longContext.inputPerMTok);
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
  assert.throws(() => costOf({ inputTokens: 1, outputTokens: 1 }, 'gpt-99'), /No price for model "gpt-99"\. Known models: stand-in, gpt-6-astra, .*claude-haiku-5-5.*gemini-3\.5-flash-lite\./);
});

test('a pinned snapshot is priced under the row of its alias, and an id that only starts like a known model is not', () => {
  assert.equal(priceOf('gpt-6-luna-2026-09-22'), priceOf('gpt-6-luna'));
  assert.equal(priceOf('claude-haiku-4-5-20251001'), priceOf('claude-haiku-4-5'));
  assert.throws(() => priceOf('gpt-6-luna-pro'), /No price for model "gpt-6-luna-pro"/);
});

test('a router\'s provider prefix is dropped: openai/gpt-6-luna is priced as gpt-6-luna', () => {
  assert.equal(priceOf('openai/gpt-6-luna'), priceOf('gpt-6-luna'));
  assert.equal(priceOf('anthropic/claude-haiku-4-5-20251001'), priceOf('claude-haiku-4-5'));
  assert.throws(() => priceOf('openai/gpt-6-luna-pro'), /No price for model "openai\/gpt-6-luna-pro"/);
});

test('findModelRow matches any rows keyed by model, and snapshotDateSuffix knows both date styles', () => {
  const rows = [{ model: 'a-1' }, { model: 'a-1-mini' }, { model: 'vendor/odd' }];
  assert.equal(findModelRow(rows, 'a-1-mini'), rows[1], 'an exact name wins over a shorter row it starts with');
  assert.equal(findModelRow(rows, 'a-1-mini-2026-01-31'), rows[1]);
  assert.equal(findModelRow(rows, 'vendor/odd'), rows[2], 'a row whose name has a slash is matched whole');
  assert.equal(findModelRow(rows, 'a-1-max'), undefined);
  assert.ok(snapshotDateSuffix.test('gpt-4.1-2025-04-14') && snapshotDateSuffix.test('claude-haiku-4-5-20251001'));
  assert.ok(!snapshotDateSuffix.test('claude-haiku-4-5') && !snapshotDateSuffix.test('gpt-6-luna-2026-09'));
});
