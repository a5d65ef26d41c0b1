import { test } from 'node:test';
import assert from 'node:assert/strict';
import { macroF1, scoreFields } from '../src/score.ts';
import type { Invoice } from '../src/schema.ts';

const base: Invoice = { invoiceNumber: 'A-1', vendor: 'Alpine Print AG', issueDate: '2026-01-05', dueDate: null, currency: 'CHF', subtotal: 100, tax: 8.1, total: 108.1, poNumber: null };
const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: got ${actual}, expected ${expected}`);

test('a value where the truth is null is a false positive; a missed value is a false negative', () => {
  const labels = [{ ...base, poNumber: 'PO-1' }, { ...base, poNumber: null }, { ...base, poNumber: 'PO-3' }, { ...base, poNumber: null }];
  const predictions = [{ ...base, poNumber: 'PO-1' }, { ...base, poNumber: 'N/A' }, { ...base, poNumber: null }, { ...base, poNumber: null }];
  const po = scoreFields(predictions, labels).poNumber;
  assert.deepEqual([po.truePositives, po.falsePositives, po.falseNegatives], [1, 1, 1], '"N/A" invents a value (FP); null where PO-3 was printed misses it (FN)');
  close(po.precision, 0.5, 'precision 1/2');
  close(po.recall, 0.5, 'recall 1/2');
  close(po.f1, 0.5, 'F1');
});

test('a wrong value counts twice, and a failed extraction (null) misses every field', () => {
  const labels = ['Alpine Print AG', 'Kestrel Design Studio', 'Quayside Couriers', 'Atlas Cleaning Co.'].map((vendor) => ({ ...base, vendor }));
  const predictions = [labels[0]!, { ...base, vendor: 'Vega Analytics Inc.' }, { ...base, vendor: '  quayside   couriers ' }, null];
  const vendor = scoreFields(predictions, labels).vendor;
  assert.deepEqual([vendor.truePositives, vendor.falsePositives, vendor.falseNegatives], [2, 1, 2], 'case and spacing do not matter; the wrong vendor is an FP and an FN; the null extraction is an FN');
  close(vendor.precision, 2 / 3, 'precision 2/3');
  close(vendor.recall, 2 / 4, 'recall 2/4');
  close(vendor.f1, 4 / 7, 'F1 = 2 × (2/3) × (1/2) / (2/3 + 1/2) = 4/7');
});

test('amounts match within half a cent; fields with nothing to find and nothing found score 1', () => {
  const scores = scoreFields([{ ...base, total: 108.104 }, { ...base, total: 108.2 }], [base, base]);
  assert.deepEqual([scores.total.truePositives, scores.total.falsePositives, scores.total.falseNegatives], [1, 1, 1]);
  assert.equal(scores.dueDate.f1, 1, 'dueDate is null everywhere and predicted null everywhere');
  close(macroF1(scoreFields([base], [base])), 1, 'a perfect extraction has macro-F1 1');
});
