import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetVerdict, formatValue, median, ratio, withinBudget } from '../../scripts/bench/figures.ts';

test('median takes the middle value, whatever the order', () => {
  assert.equal(median([900, 300, 500]), 500);
  assert.equal(median([3]), 3);
  assert.equal(median([4, 1, 3, 2]), 3);
  assert.ok(Number.isNaN(median([])));
});

test('ratio divides by the baseline, to two decimals, and refuses a baseline of zero', () => {
  assert.equal(ratio(780, 650), 1.2);
  assert.equal(ratio(1000, 3000), 0.33);
  assert.throws(() => ratio(5, 0), /baseline of 0/);
});

test('a ceiling passes at or under the budget, a floor at or over it', () => {
  assert.equal(withinBudget({ name: 'html', value: 102_400, unit: 'bytes', budget: 102_400 }), true);
  assert.equal(withinBudget({ name: 'html', value: 102_401, unit: 'bytes', budget: 102_400 }), false);
  assert.equal(withinBudget({ name: 'perf', value: 95, unit: 'score', budget: 95, atLeast: true }), true);
  assert.equal(withinBudget({ name: 'perf', value: 94, unit: 'score', budget: 95, atLeast: true }), false);
  assert.equal(withinBudget({ name: 'dcl', value: 700, unit: 'ms' }), undefined);
});

test('the budget column says pass or FAIL beside the bound, and nothing without a budget', () => {
  assert.equal(budgetVerdict({ name: 'perf', value: 72, unit: 'score', budget: 95, atLeast: true }), '≥ 95 / 100  FAIL');
  assert.equal(budgetVerdict({ name: 'a11y', value: 100, unit: 'score', budget: 100, atLeast: true }), '≥ 100 / 100  pass');
  assert.equal(budgetVerdict({ name: 'dcl ratio', value: 1.35, unit: '×', budget: 1.2 }), '≤ 1.20×  FAIL');
  assert.equal(budgetVerdict({ name: 'html', value: 2048, unit: 'bytes', budget: 102_400 }), '≤ 102,400 B (100.0 KB)  pass');
  assert.equal(budgetVerdict({ name: 'dcl', value: 700, unit: 'ms' }), '');
});

test('values print with their unit', () => {
  assert.equal(formatValue({ value: 1.5, unit: '×' }), '1.50×');
  assert.equal(formatValue({ value: 1536, unit: 'bytes' }), '1,536 B (1.5 KB)');
  assert.equal(formatValue({ value: 640, unit: 'ms' }), '640 ms');
});
