// plot(): a small chart of a lab's numbers. In Node it prints a text chart;
// in the book's in-page runner, globalThis.__aiRoadmapPlot is a function and
// the page draws the chart as an SVG in the output instead.
import { textChart } from './text-chart.ts';

export type PlotKind = 'line' | 'bar' | 'scatter';

/** One point: [x, y]. In a bar chart x names the bar (a category); in a line or scatter chart it is a number. */
export type PlotPoint = [x: number | string, y: number];

export interface PlotSeries {
  /** What the series is, shown in the legend. */
  label: string;
  points: PlotPoint[];
}

export interface PlotAxis {
  label?: string;
  /** The ends of the axis; by default they fit the data (a bar chart's value axis always includes 0). */
  min?: number;
  max?: number;
}

export interface PlotSpec {
  kind: PlotKind;
  title: string;
  /** The horizontal axis: the bars' categories in a bar chart. */
  x?: Pick<PlotAxis, 'label'>;
  /** The vertical axis: the values (in a bar chart, the bars' lengths). */
  y?: PlotAxis;
  series: PlotSeries[];
}

/** The limits of a chart, the same in Node and in the page (which refuses a chart past them). */
export const plotLimits = { series: 10, pointsPerSeries: 1_000, points: 5_000, categories: 50, titleChars: 200, labelChars: 100 } as const;

const kinds: readonly PlotKind[] = ['line', 'bar', 'scatter'];

class PlotError extends TypeError {
  constructor(field: string, problem: string) {
    super(`plot(): ${field} ${problem}`);
    this.name = 'TypeError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, field: string, max: number, required: boolean): void {
  if (value === undefined && !required) return;
  if (typeof value !== 'string') throw new PlotError(field, `must be a string (got ${typeof value})`);
  if (required && value.trim() === '') throw new PlotError(field, 'must not be empty');
  if (value.length > max) throw new PlotError(field, `is ${value.length} characters long; at most ${max} fit in a chart`);
}

function checkAxis(value: unknown, field: string, withRange: boolean): void {
  if (value === undefined) return;
  if (!isRecord(value)) throw new PlotError(field, 'must be an object such as { label: "tokens" }');
  checkText(value.label, `${field}.label`, plotLimits.labelChars, false);
  if (!withRange) return;
  for (const end of ['min', 'max'] as const) {
    if (value[end] !== undefined && !(typeof value[end] === 'number' && Number.isFinite(value[end]))) throw new PlotError(`${field}.${end}`, 'must be a finite number');
  }
  if (typeof value.min === 'number' && typeof value.max === 'number' && value.min >= value.max) throw new PlotError(field, `has min ${value.min} ≥ max ${value.max}`);
}

/** Checks a chart before it is drawn, and says which field is wrong and why. */
export function checkPlot(spec: unknown): asserts spec is PlotSpec {
  if (!isRecord(spec)) throw new PlotError('its argument', 'must be an object: { kind, title, series }');
  if (!kinds.includes(spec.kind as PlotKind)) throw new PlotError('kind', `must be one of ${kinds.map((kind) => `'${kind}'`).join(', ')} (got ${JSON.stringify(spec.kind)})`);
  checkText(spec.title, 'title', plotLimits.titleChars, true);
  checkAxis(spec.x, 'x', false);
  checkAxis(spec.y, 'y', true);
  if (!Array.isArray(spec.series) || spec.series.length === 0) throw new PlotError('series', 'must be a non-empty array of { label, points }');
  if (spec.series.length > plotLimits.series) throw new PlotError('series', `has ${spec.series.length} series; a chart shows at most ${plotLimits.series}`);
  let total = 0;
  const categories = new Set<string>();
  spec.series.forEach((series: unknown, index) => {
    const field = `series[${index}]`;
    if (!isRecord(series)) throw new PlotError(field, 'must be an object: { label, points }');
    checkText(series.label, `${field}.label`, plotLimits.labelChars, true);
    if (!Array.isArray(series.points) || series.points.length === 0) throw new PlotError(`${field}.points`, 'must be a non-empty array of [x, y] pairs');
    if (series.points.length > plotLimits.pointsPerSeries) throw new PlotError(`${field}.points`, `has ${series.points.length} points; a series shows at most ${plotLimits.pointsPerSeries}`);
    total += series.points.length;
    series.points.forEach((point: unknown, at) => {
      const where = `${field}.points[${at}]`;
      if (!Array.isArray(point) || point.length !== 2) throw new PlotError(where, `must be an [x, y] pair (got ${JSON.stringify(point)})`);
      const [x, y] = point as unknown[];
      if (!(typeof y === 'number' && Number.isFinite(y))) throw new PlotError(`${where}[1]`, `(y) must be a finite number (got ${String(y)})`);
      if (spec.kind === 'bar') {
        if (typeof x === 'string') checkText(x, `${where}[0]`, plotLimits.labelChars, true);
        else if (!(typeof x === 'number' && Number.isFinite(x))) throw new PlotError(`${where}[0]`, `(the bar's category) must be a string or a finite number (got ${String(x)})`);
        categories.add(String(x));
      } else if (!(typeof x === 'number' && Number.isFinite(x))) {
        throw new PlotError(`${where}[0]`, `(x) must be a finite number in a ${String(spec.kind)} chart (got ${JSON.stringify(x)}); use kind 'bar' for categories`);
      }
    });
  });
  if (total > plotLimits.points) throw new PlotError('series', `hold ${total} points together; a chart shows at most ${plotLimits.points}`);
  if (categories.size > plotLimits.categories) throw new PlotError('series', `name ${categories.size} categories; a bar chart shows at most ${plotLimits.categories}`);
}

/** A copy of the chart that holds only the fields above: what is printed or sent to the page. */
function plainCopy(spec: PlotSpec): PlotSpec {
  const axis = (value: PlotAxis | undefined): PlotAxis | undefined =>
    value && { ...(value.label === undefined ? {} : { label: value.label }), ...(value.min === undefined ? {} : { min: value.min }), ...(value.max === undefined ? {} : { max: value.max }) };
  const x = axis(spec.x);
  const y = axis(spec.y);
  return {
    kind: spec.kind,
    title: spec.title,
    ...(x ? { x: x.label === undefined ? {} : { label: x.label } } : {}),
    ...(y ? { y } : {}),
    series: spec.series.map((series) => ({ label: series.label, points: series.points.map(([x, y]): PlotPoint => [x, y]) })),
  };
}

/**
 * Draws a chart: a text chart on standard output in Node, an SVG in the
 * book's page. Checks the chart first, and throws a TypeError that names
 * the wrong field.
 *
 * plot({ kind: 'line', title: 'Recall@k', x: { label: 'k' }, y: { label: 'recall', min: 0, max: 1 },
 *        series: [{ label: 'lexical', points: [[1, 0.5], [2, 0.75], [3, 1]] }] });
 */
export function plot(spec: PlotSpec): void {
  checkPlot(spec);
  const chart = plainCopy(spec);
  const hook = (globalThis as { __aiRoadmapPlot?: unknown }).__aiRoadmapPlot;
  if (typeof hook === 'function') hook(chart);
  else console.log(textChart(chart));
}
