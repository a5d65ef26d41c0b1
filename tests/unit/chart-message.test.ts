// A chart and a failure's places arrive from the sandbox: the page checks
// their shape and sizes before it draws or links anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartLimits, checkChart } from '../../src/runtime/runners/in-page/chart-message.ts';
import { defaultMessageLimits, MessageGuard } from '../../src/runtime/runners/in-page/message-guard.ts';
import { plotLimits } from '../../labs/_kit/src/plot.ts';

const chart = { kind: 'line', title: 'Recall@k', x: { label: 'k' }, y: { label: 'recall', min: 0, max: 1 }, series: [{ label: 'all', points: [[1, 0.5], [2, 1]] }] };
const guard = () => new MessageGuard(defaultMessageLimits(1_000));
const refusal = (value: unknown) => {
  const checked = checkChart(value);
  return 'error' in checked ? checked.error : undefined;
};

test('a valid chart is copied field by field: anything else it carries is left behind', () => {
  const checked = checkChart({ ...chart, onclick: 'x', series: [{ ...chart.series[0], colour: 'red' }] });
  assert.deepEqual(checked, { chart });
  const bars = checkChart({ kind: 'bar', title: 'Cost', series: [{ label: 'a', points: [['cache', 3], [2026, 4]] }] });
  assert.deepEqual(bars, { chart: { kind: 'bar', title: 'Cost', series: [{ label: 'a', points: [['cache', 3], [2026, 4]] }] } });
});

test('a chart of the wrong shape is refused, naming the field', () => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /^the chart is not an object/],
    [{ ...chart, kind: 'pie' }, /^kind /],
    [{ ...chart, title: '' }, /^title /],
    [{ ...chart, title: { toString: () => 'x' } }, /^title /],
    [{ ...chart, y: { min: 1, max: 0 } }, /^y has min ≥ max/],
    [{ ...chart, y: { max: Number.POSITIVE_INFINITY } }, /^y\.max /],
    [{ ...chart, x: { label: 'x'.repeat(101) } }, /^x\.label /],
    [{ ...chart, series: [] }, /^series /],
    [{ ...chart, series: [{ label: 'a', points: [[1, Number.NaN]] }] }, /^series\[0\]\.points\[0\] has a y/],
    [{ ...chart, series: [{ label: 'a', points: [['one', 1]] }] }, /^series\[0\]\.points\[0\] has an x/],
    [{ ...chart, series: [{ label: 'a', points: [[1, 2, 3]] }] }, /^series\[0\]\.points\[0\] is not an \[x, y\] pair/],
    [{ ...chart, series: [{ points: [[1, 2]] }] }, /^series\[0\]\.label /],
  ];
  for (const [value, reason] of cases) assert.match(refusal(value) ?? '(accepted)', reason, JSON.stringify(value));
});

test('a chart past the limits is refused; the limits are the kit’s own', () => {
  assert.deepEqual(chartLimits, plotLimits);
  const series = (count: number, points: number) => Array.from({ length: count }, (_, s) => ({ label: `s${s}`, points: Array.from({ length: points }, (_, i) => [i, i]) }));
  assert.match(refusal({ ...chart, series: series(11, 1) }) ?? '', /more than 10 series/);
  assert.match(refusal({ ...chart, series: series(1, 1_001) }) ?? '', /more than 1000 points/);
  assert.match(refusal({ ...chart, series: series(6, 1_000) }) ?? '', /more than 5000 points together/);
  const bars = { kind: 'bar', title: 't', series: [{ label: 'a', points: Array.from({ length: 51 }, (_, i) => [`c${i}`, i]) }] };
  assert.match(refusal(bars) ?? '', /more than 50 categories/);
  assert.equal(refusal({ ...chart, series: series(5, 1_000) }), undefined);
});

test('the page accepts charts up to its count, and a bad one ends the run', () => {
  const checking = guard();
  assert.deepEqual(checking.check({ type: 'plot', chart }), { ok: true, message: { type: 'plot', chart } });
  assert.equal(guard().check({ type: 'plot', chart: { ...chart, kind: 'pie' } }).ok, false);
  for (let count = 2; count <= 100; count++) assert.equal(checking.check({ type: 'plot', chart }).ok, true);
  const flood = checking.check({ type: 'plot', chart });
  assert.match(flood.ok ? '' : flood.reason, /more than 100 charts/);
});

test('a failure’s places must be lab-relative paths with positions from 1', () => {
  const failed = (stack: unknown) => guard().check({ type: 'test', result: { name: 'x', passed: false, message: 'm', stack } });
  const good = [{ file: 'src/count.ts', line: 3, column: 7, fn: 'count' }, { file: 'test/count.test.ts', line: 10, column: 1 }];
  assert.deepEqual(failed(good), { ok: true, message: { type: 'test', result: { name: 'x', passed: false, message: 'm', stack: good } } });
  for (const bad of [
    [{ file: '../etc/passwd', line: 1, column: 1 }],
    [{ file: 'src/../../x.ts', line: 1, column: 1 }],
    [{ file: '/lab/src/a.ts', line: 1, column: 1 }],
    [{ file: 'javascript:alert(1)', line: 1, column: 1 }],
    [{ file: 'src/a.ts\nfake', line: 1, column: 1 }],
    [{ file: 'src/a.ts', line: 0, column: 1 }],
    [{ file: 'src/a.ts', line: 1.5, column: 1 }],
    [{ file: 'src/a.ts', line: 1, column: 1, fn: 42 }],
    Array.from({ length: 21 }, () => ({ file: 'src/a.ts', line: 1, column: 1 })),
    'src/a.ts:1:1',
  ]) {
    assert.equal(failed(bad).ok, false, JSON.stringify(bad));
  }
});
