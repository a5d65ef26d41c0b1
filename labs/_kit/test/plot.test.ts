import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plot, plotLimits, textChart, type PlotSpec } from '../src/index.ts';

type Hooked = typeof globalThis & { __aiRoadmapPlot?: unknown };

const recall: PlotSpec = {
  kind: 'line',
  title: 'Recall@k',
  x: { label: 'k' },
  y: { label: 'recall', min: 0, max: 1 },
  series: [
    { label: 'lexical', points: [[1, 0.5], [2, 1]] },
    { label: 'semantic', points: [[1, 0], [2, 0.5]] },
  ],
};

/** What plot() prints to standard output while `fn` runs. */
function printed(fn: () => void): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.join(' '));
  try {
    fn();
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}

test('a line chart in text: title, y label, the axis range, a marker per series where its points are, and the legend', () => {
  const lines = textChart(recall).split('\n');
  assert.equal(lines[0], 'Recall@k');
  assert.match(lines[1]!, /^\s+recall$/);
  const grid = lines.slice(2, 12);
  assert.equal(grid.length, 10, 'ten rows high');
  assert.match(grid[0]!, /^\s*1 ┤/, 'the top of the y axis is its max');
  assert.match(grid[9]!, /^\s*0 ┤/, 'the bottom is its min');
  // lexical (●) runs from (1, 0.5) to (2, 1); semantic (■) from (1, 0) to (2, 0.5): 0.5 is the fifth row.
  assert.match(grid[0]!, /┤ +·+●$/, 'lexical ends top right, its line drawn up to it');
  assert.match(grid[4]!, /^0\.5 ┤●.*■$/, 'lexical starts and semantic ends halfway up');
  assert.match(grid[9]!, /^ {2}0 ┤■·/, 'semantic starts bottom left');
  assert.match(lines[12]!, /└─+$/);
  assert.match(lines[13]!, /^\s+1\s+2$/, 'the x axis runs from 1 to 2');
  assert.match(lines[14]!, /^\s+k$/);
  assert.equal(lines.at(-1), '● lexical   ■ semantic');
});

test('a bar chart in text: one row per bar, its length proportional to the value from 0, the value after it', () => {
  const text = textChart({
    kind: 'bar',
    title: 'Monthly cost',
    x: { label: 'lever' },
    y: { label: 'US dollars' },
    series: [{ label: 'cost', points: [['as it is', 20_000], ['cached', 10_000], ['batch', 0]] }],
  });
  const lines = text.split('\n');
  assert.equal(lines[0], 'Monthly cost');
  assert.equal(lines[1], 'lever     US dollars');
  assert.equal(lines[2], `as it is │${'█'.repeat(40)} 20,000`);
  assert.equal(lines[3], `cached   │${'█'.repeat(20)} 10,000`);
  assert.equal(lines[4], 'batch    │ 0');
  assert.equal(lines.length, 5, 'one series: no legend');
});

test('grouped bars: each series its own fill, one row per series under the category, and a legend', () => {
  const lines = textChart({
    kind: 'bar',
    title: 'p',
    series: [
      { label: 'cold', points: [['a', 1], ['b', 0.5]] },
      { label: 'hot', points: [['a', 0.25], ['b', 0.75]] },
    ],
  }).split('\n');
  assert.deepEqual(lines, ['p', `a │${'█'.repeat(40)} 1`, `  │${'▓'.repeat(10)} 0.25`, `b │${'█'.repeat(20)} 0.5`, `  │${'▓'.repeat(30)} 0.75`, '█ cold   ▓ hot']);
});

test('plot() prints the text chart in Node, and hands a plain copy to the page’s hook when there is one', () => {
  assert.equal(printed(() => plot(recall)), textChart(recall));
  const received: unknown[] = [];
  (globalThis as Hooked).__aiRoadmapPlot = (chart: unknown) => received.push(chart);
  try {
    const withExtras = { ...recall, colour: 'red', series: recall.series.map((series) => ({ ...series, note: 'dropped' })) };
    assert.equal(printed(() => plot(withExtras)), '', 'nothing printed when the page draws it');
    assert.deepEqual(received, [recall]);
  } finally {
    delete (globalThis as Hooked).__aiRoadmapPlot;
  }
});

test('a wrong chart is a TypeError that names the field', () => {
  const wrong = (spec: unknown, message: RegExp) => assert.throws(() => plot(spec as PlotSpec), (error: unknown) => error instanceof TypeError && message.test(error.message));
  wrong(undefined, /^plot\(\): its argument must be an object/);
  wrong({ ...recall, kind: 'pie' }, /^plot\(\): kind must be one of 'line', 'bar', 'scatter' \(got "pie"\)/);
  wrong({ ...recall, title: '' }, /^plot\(\): title must not be empty/);
  wrong({ ...recall, title: 'x'.repeat(201) }, /title is 201 characters long; at most 200/);
  wrong({ ...recall, y: { min: 1, max: 0 } }, /^plot\(\): y has min 1 ≥ max 0/);
  wrong({ ...recall, series: [] }, /^plot\(\): series must be a non-empty array/);
  wrong({ ...recall, series: [{ label: 'a', points: [[1, Number.NaN]] }] }, /^plot\(\): series\[0\]\.points\[0\]\[1\] \(y\) must be a finite number \(got NaN\)/);
  wrong({ ...recall, series: [{ label: 'a', points: [['one', 1]] }] }, /series\[0\]\.points\[0\]\[0\] \(x\) must be a finite number in a line chart \(got "one"\); use kind 'bar'/);
  wrong({ ...recall, series: [{ label: 'a', points: [[1, 2, 3]] }] }, /series\[0\]\.points\[0\] must be an \[x, y\] pair/);
  wrong({ ...recall, series: [{ label: 'a', points: Array.from({ length: plotLimits.pointsPerSeries + 1 }, (_, i) => [i, i]) }] }, /has 1001 points; a series shows at most 1000/);
  wrong({ ...recall, series: Array.from({ length: 11 }, (_, i) => ({ label: `s${i}`, points: [[1, 1]] })) }, /has 11 series; a chart shows at most 10/);
  wrong({ kind: 'bar', title: 't', series: [{ label: 'a', points: Array.from({ length: 51 }, (_, i) => [`c${i}`, 1]) }] }, /name 51 categories; a bar chart shows at most 50/);
});
