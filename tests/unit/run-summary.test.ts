import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateCost, priceFor, referenceModel, standInTokenNote } from '../../src/runtime/workbench/run-cost.ts';
import type { RunResult } from '../../src/runtime/runner.ts';
import { describeDropped, describeEnd, describeTestEnd, summariseUsage } from '../../src/runtime/workbench/run-summary.ts';

const table = [
  { model: referenceModel, inputPerMTok: 0.4, outputPerMTok: 1.6, asOf: '2025-04-14' },
  { model: 'claude-haiku-4-5', inputPerMTok: 1, outputPerMTok: 5, asOf: '2025-10-15' },
];

test('usage is summed across calls and models are named', () => {
  const line = summariseUsage([
    { provider: 'stand-in', modelId: 'stand-in', inputTokens: 100, outputTokens: 20 },
    { provider: 'stand-in', modelId: 'stand-in', inputTokens: 50, outputTokens: 5 },
  ]);
  assert.equal(line, '2 model calls to stand-in (stand-in): 150 input + 25 output tokens.');
  assert.equal(summariseUsage([]), undefined);
});

test('a stand-in run is free, with what it would cost on the reference model', () => {
  const line = estimateCost([{ provider: 'stand-in', modelId: 'stand-in', inputTokens: 1_000_000, outputTokens: 1_000_000 }], table);
  assert.equal(line, `Estimated cost: $0 on the stand-in; the same tokens would cost $2.00 on ${referenceModel} (prices as of 2025-04-14). ${standInTokenNote}`);
});

test('a stand-in run says its token counts are a cl100k_base estimate; a real provider’s counts are its own', () => {
  assert.match(standInTokenNote, /estimate made with the cl100k_base tokenizer/);
  const standIn = estimateCost([{ provider: 'stand-in', modelId: 'stand-in', inputTokens: 10, outputTokens: 2 }], table) ?? '';
  assert.ok(standIn.endsWith(standInTokenNote), standIn);
  const real = estimateCost([{ provider: 'anthropic.messages', modelId: 'claude-haiku-4-5', inputTokens: 10, outputTokens: 2 }], table) ?? '';
  assert.doesNotMatch(real, /cl100k_base/);
});

test('the reference model is in the kit’s price table', () => {
  assert.equal(priceFor(referenceModel)?.model, referenceModel);
});

test('a real provider’s run is priced at its model’s row, dated ids included', () => {
  assert.equal(priceFor('claude-haiku-4-5-20251001', table)?.model, 'claude-haiku-4-5');
  assert.equal(priceFor('openai/gpt-6-luna', table)?.model, 'gpt-6-luna', 'a router\'s prefix is dropped');
  assert.equal(priceFor('claude-haiku-4-5-pro', table), undefined, 'a model whose id only starts like a known one is not priced as it');
  const line = estimateCost([{ provider: 'anthropic.messages', modelId: 'claude-haiku-4-5-20251001', inputTokens: 2_000, outputTokens: 400 }], table);
  assert.equal(line, 'Estimated cost: $0.0040 on claude-haiku-4-5-20251001 (prices as of 2025-10-15).');
  assert.match(estimateCost([{ provider: 'ollama', modelId: 'llama3.2', inputTokens: 1, outputTokens: 1 }], table) ?? '', /llama3\.2 is not in the price table/);
});

test('the end of a run is described, with dropped output', () => {
  assert.equal(describeEnd({ exitCode: 0, end: 'exit', usage: [], droppedLines: 0, durationMs: 120 }, 10_000), 'Exited with code 0 after 0.12 s.');
  assert.match(describeEnd({ exitCode: 0, end: 'exit', usage: [], droppedLines: 995_000, droppedChars: 10_945_000, droppedExact: true, durationMs: 900 }, 10_000), /Output was capped: 995,000 more output lines \(10,945,000 characters\) were dropped/);
});

test('a Test run ends with its tally rather than its exit code, unless it was stopped or crashed', () => {
  const failing: RunResult = { exitCode: 1, end: 'exit', usage: [], droppedLines: 0, durationMs: 90 };
  assert.equal(describeTestEnd(failing, [{ passed: true }, { passed: false }, { passed: false }], 10_000), 'Tests finished in 0.09 s: 1 of 3 pass.');
  assert.equal(describeTestEnd(failing, [], 10_000), 'Tests finished in 0.09 s: no test results (exit code 1).');
  assert.match(describeTestEnd({ ...failing, end: 'timeout', exitCode: 124 }, [{ passed: true }], 10_000), /longer than its 10 s limit/);
});

test('a lab’s own time limit is the one named', () => {
  assert.match(describeEnd({ exitCode: 124, end: 'timeout', usage: [], droppedLines: 0, durationMs: 15_000 }, 15_000), /longer than its 15 s limit/);
});

test('a killed run’s dropped count is a lower bound, and says so', () => {
  const line = describeEnd({ exitCode: 130, end: 'stopped', usage: [], droppedLines: 120_000, droppedChars: 1_300_000, droppedExact: false, durationMs: 2_000 }, 10_000);
  assert.match(line, /Output was capped: at least 120,000 more output lines \(1,300,000 characters\) were dropped/);
});

test('one huge line cut by the character cap is reported in characters', () => {
  assert.equal(describeDropped({ droppedLines: 0, droppedChars: 4_600_000, droppedExact: true }), ' Output was capped: 4,600,000 more output characters were dropped to keep the page responsive.');
  assert.equal(describeDropped({ droppedLines: 1, droppedChars: 5, droppedExact: true }), ' Output was capped: 1 more output line (5 characters) was dropped to keep the page responsive.');
  assert.equal(describeDropped({ droppedLines: 0, droppedChars: 0 }), '');
});

test('a run the page ended says what the lab did; one that ran out of memory says so, not “an endless loop”', () => {
  const base: RunResult = { exitCode: 1, end: 'limit', usage: [], droppedLines: 0, durationMs: 1500, reason: 'it sent too many messages: more than 10,000 usage reports' };
  assert.equal(describeEnd(base, 10_000), 'Stopped after 1.50 s: it sent too many messages: more than 10,000 usage reports.');
  const memory = describeEnd({ ...base, end: 'memory' }, 10_000);
  assert.equal(memory, 'Stopped after 1.50 s: the lab ran out of memory.');
  assert.doesNotMatch(memory, /endless loop/);
});
