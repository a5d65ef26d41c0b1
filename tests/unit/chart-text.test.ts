// The numbers and words around a chart in the page: round ticks, a text
// alternative that says what the chart shows, and its data as a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Chart } from '../../src/runtime/runner.ts';
import { niceScale, tickLabel } from '../../src/runtime/workbench/chart-scale.ts';
import { chartTable, describeChart } from '../../src/runtime/workbench/chart-text.ts';

const recall: Chart = {
  kind: 'line',
  title: 'Recall@k',
  x: { label: 'k' },
  y: { label: 'recall', min: 0, max: 1 },
  series: [
    { label: 'lexical', points: [[1, 0.5], [2, 1]] },
    { label: 'semantic', points: [[1, 0], [2, 0.25]] },
  ],
};

test('a scale takes round ticks and widens to them, unless its ends are given', () => {
  assert.deepEqual(niceScale([3, 47], {}), { min: 0, max: 50, ticks: [0, 10, 20, 30, 40, 50] });
  assert.deepEqual(niceScale([0.13, 0.61], { min: 0, max: 1 }).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceScale([120], { withZero: true }), { min: 0, max: 150, ticks: [0, 50, 100, 150] });
  assert.deepEqual(niceScale([5], {}).ticks.slice(0, 2), [0, 1], 'one value still gets a range');
  assert.deepEqual([tickLabel(0.25), tickLabel(1500), tickLabel(23_000_000)], ['0.25', '1,500', '23M']);
});

test('the text alternative names the kind, the title, the axes and each series’ values', () => {
  assert.equal(describeChart(recall), 'Line chart: Recall@k. Across: k. Up: recall. lexical: 1: 0.5, 2: 1. semantic: 1: 0, 2: 0.25.');
  const long: Chart = { kind: 'line', title: 'Latency', series: [{ label: 'p50', points: Array.from({ length: 20 }, (_, i) => [i, (i - 10) ** 2]) }] };
  assert.equal(describeChart(long), 'Line chart: Latency. Across: x. Up: value. p50: 20 points, from 0: 100 to 19: 81; lowest 10: 0, highest 0: 100.');
});

test('the table has a row per x value when the series share them, else a row per point', () => {
  assert.deepEqual(chartTable(recall), { head: ['k', 'lexical', 'semantic'], rows: [['1', '0.5', '0'], ['2', '1', '0.25']], omitted: 0 });
  const scatter: Chart = { kind: 'scatter', title: 's', series: [{ label: 'a', points: [[1, 2]] }, { label: 'b', points: [[3, 4], [5, 6]] }] };
  assert.deepEqual(chartTable(scatter).rows, [['a', '1', '2'], ['b', '3', '4'], ['b', '5', '6']]);
  const bars: Chart = { kind: 'bar', title: 'b', series: [{ label: 'cost', points: [['cache', 3], ['batch', 5]] }] };
  assert.deepEqual(chartTable(bars), { head: ['Category', 'cost'], rows: [['cache', '3'], ['batch', '5']], omitted: 0 });
});
