// A chart in words and as a table: the SVG's text alternative, and the data
// behind it for anyone who would rather read the numbers.
import type { Chart } from '../runner.ts';
import { categoriesOf, valueLabel } from './chart-scale.ts';

const kindNames: Record<Chart['kind'], string> = { line: 'Line chart', bar: 'Bar chart', scatter: 'Scatter chart' };
const maxSummaryChars = 1_500;
const listedPoints = 12;
/** Rows of the data table; a chart may hold more points, which the table then says it leaves out. */
export const maxTableRows = 500;

type Series = Chart['series'][number];

const pair = ([x, y]: [number | string, number]): string => `${typeof x === 'number' ? valueLabel(x) : x}: ${valueLabel(y)}`;

function describeSeries(series: Series, kind: Chart['kind']): string {
  const { points } = series;
  if (points.length <= listedPoints) return `${series.label}: ${points.map(pair).join(', ')}`;
  const byY = [...points].sort((a, b) => a[1] - b[1]);
  const [lowest, highest] = [byY[0]!, byY.at(-1)!];
  const ordered = kind === 'bar' ? points : [...points].sort((a, b) => Number(a[0]) - Number(b[0]));
  const ends = kind === 'line' ? `, from ${pair(ordered[0]!)} to ${pair(ordered.at(-1)!)}` : '';
  return `${series.label}: ${points.length} ${kind === 'bar' ? 'bars' : 'points'}${ends}; lowest ${pair(lowest)}, highest ${pair(highest)}`;
}

/** What the chart shows, in a few sentences: its kind, title, axes and each series' values (or their range). */
export function describeChart(chart: Chart): string {
  const x = chart.x?.label ?? (chart.kind === 'bar' ? 'category' : 'x');
  const y = chart.y?.label ?? 'value';
  const axes = chart.kind === 'bar' ? `Bars by ${x}, lengths in ${y}.` : `Across: ${x}. Up: ${y}.`;
  const text = `${kindNames[chart.kind]}: ${chart.title}. ${axes} ${chart.series.map((series) => describeSeries(series, chart.kind)).join('. ')}.`;
  return text.length > maxSummaryChars ? `${text.slice(0, maxSummaryChars - 1)}…` : text;
}

export interface ChartTable {
  head: string[];
  rows: string[][];
  /** Rows left out past maxTableRows. */
  omitted: number;
}

/** The chart's data as rows: one per category (bars) or x value (series that share their x values), else one per point. */
export function chartTable(chart: Chart): ChartTable {
  const labels = chart.series.map((series) => series.label);
  const x = chart.x?.label ?? (chart.kind === 'bar' ? 'Category' : 'x');
  const valueAt = (series: Series, key: string) => series.points.find(([at]) => String(at) === key)?.[1];
  const cell = (value: number | undefined) => (value === undefined ? '' : valueLabel(value));
  let head: string[];
  let rows: string[][];
  const keys = chart.kind === 'bar' ? categoriesOf(chart) : [...new Set(chart.series.flatMap((series) => series.points.map(([at]) => String(at))))];
  const shared = chart.kind === 'bar' || chart.series.every((series) => series.points.length === keys.length);
  if (shared) {
    const ordered = chart.kind === 'bar' ? keys : keys.sort((a, b) => Number(a) - Number(b));
    head = [x, ...labels];
    rows = ordered.map((key) => [chart.kind === 'bar' ? key : valueLabel(Number(key)), ...chart.series.map((series) => cell(valueAt(series, key)))]);
  } else {
    head = ['Series', x, chart.y?.label ?? 'y'];
    rows = chart.series.flatMap((series) => series.points.map(([at, value]) => [series.label, valueLabel(Number(at)), valueLabel(value)]));
  }
  return { head, rows: rows.slice(0, maxTableRows), omitted: Math.max(rows.length - maxTableRows, 0) };
}
