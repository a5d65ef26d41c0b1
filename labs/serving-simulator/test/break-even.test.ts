import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceOf } from '@ai-roadmap/kit';
import { apiUsdPerMillionOutput, breakEvenUtilisation, selfHostedUsdPerMillionOutput } from '../src/break-even.ts';

const close = (actual: number, expected: number, message: string) => assert.ok(Math.abs(actual - expected) < 1e-9 * Math.max(1, expected), `${message}: expected ${expected}, got ${actual}`);

test('an API charges for the input that comes with each output token', () => {
  const row = priceOf('gpt-4.1-mini');
  close(apiUsdPerMillionOutput(row, 3), row.outputPerMTok + 3 * row.inputPerMTok, 'output price plus 3 × input price');
});

test('a self-hosted GPU costs its hourly price over the tokens it makes in an hour', () => {
  // $3.60 an hour at 1,000 tokens a second, fully busy: 3.6 million tokens for $3.60, so $1 per million.
  close(selfHostedUsdPerMillionOutput(3.6, 1000, 1), 1, '$3.60/h at 1,000 tok/s and 100% utilisation');
  close(selfHostedUsdPerMillionOutput(3.6, 1000, 0.25), 4, 'at 25% utilisation each token costs four times as much');
});

test('break-even utilisation is where the GPU and the API cost the same', () => {
  // $1 per million at full use against an API at $4 per million: even at 25%.
  close(breakEvenUtilisation(3.6, 1000, 4), 0.25, 'break-even against $4/M');
  assert.ok(breakEvenUtilisation(3.6, 1000, 0.5) > 1, 'against $0.50/M this GPU never breaks even: the answer is above 1');
});

test('the calculator names the field that is wrong', () => {
  assert.throws(() => selfHostedUsdPerMillionOutput(2, 1000, 0), /utilisation/);
  assert.throws(() => selfHostedUsdPerMillionOutput(-1, 1000, 1), /gpuUsdPerHour/);
});
