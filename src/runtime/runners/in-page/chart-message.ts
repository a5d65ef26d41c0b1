// A chart from lab code (the kit's plot()), checked and copied field by field:
// by the worker before it posts one, and again by the page's message guard,
// which trusts nothing the sandbox sends. The limits are the kit's
// (labs/_kit/src/plot.ts, plotLimits).
import type { Chart } from '../../runner.ts';

export const chartLimits = { series: 10, pointsPerSeries: 1_000, points: 5_000, categories: 50, titleChars: 200, labelChars: 100 } as const;

const kinds = new Set<Chart['kind']>(['line', 'bar', 'scatter']);
type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFinite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isLabel = (value: unknown, max: number = chartLimits.labelChars): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** A field that is wrong, named for the error. */
class Refused extends Error {}
const refuse = (field: string, problem: string): never => {
  throw new Refused(`${field} ${problem}`);
};

function axis(value: unknown, field: string, withRange: boolean): Chart['y'] | undefined {
  if (value === undefined) return undefined;
  if (!isFields(value)) return refuse(field, 'is not an object');
  const copy: NonNullable<Chart['y']> = {};
  const label = value.label;
  if (label !== undefined && label !== '') copy.label = isLabel(label) ? label : refuse(`${field}.label`, `is not a string of 1 to ${chartLimits.labelChars} characters`);
  if (!withRange) return copy;
  for (const end of ['min', 'max'] as const) {
    const bound = value[end];
    if (bound !== undefined) copy[end] = isFinite(bound) ? bound : refuse(`${field}.${end}`, 'is not a finite number');
  }
  if (copy.min !== undefined && copy.max !== undefined && copy.min >= copy.max) refuse(field, 'has min ≥ max');
  return copy;
}

function points(value: unknown, field: string, kind: Chart['kind'], categories: Set<string>): Array<[number | string, number]> {
  if (!Array.isArray(value) || value.length === 0) return refuse(field, 'is not a non-empty array');
  if (value.length > chartLimits.pointsPerSeries) refuse(field, `has more than ${chartLimits.pointsPerSeries} points`);
  return Array.from(value as unknown[], (point, index) => {
    if (!Array.isArray(point) || point.length !== 2) return refuse(`${field}[${index}]`, 'is not an [x, y] pair');
    const [x, y] = point as unknown[];
    if (!isFinite(y)) refuse(`${field}[${index}]`, 'has a y that is not a finite number');
    if (kind === 'bar') {
      if (!isFinite(x) && !isLabel(x)) refuse(`${field}[${index}]`, `has a category that is neither a finite number nor a string of 1 to ${chartLimits.labelChars} characters`);
      categories.add(String(x));
    } else if (!isFinite(x)) refuse(`${field}[${index}]`, 'has an x that is not a finite number');
    return [x as number | string, y as number];
  });
}

/** A plain copy of a valid chart, or why it is not one (naming the field). */
export function checkChart(value: unknown): { chart: Chart } | { error: string } {
  try {
    if (!isFields(value)) return refuse('the chart', 'is not an object');
    const kind = value.kind as Chart['kind'];
    if (!kinds.has(kind)) refuse('kind', "is not 'line', 'bar' or 'scatter'");
    const title = isLabel(value.title, chartLimits.titleChars) ? value.title : refuse('title', `is not a string of 1 to ${chartLimits.titleChars} characters`);
    const x = axis(value.x, 'x', false);
    const y = axis(value.y, 'y', true);
    if (!Array.isArray(value.series) || value.series.length === 0) refuse('series', 'is not a non-empty array');
    const list = value.series as unknown[];
    if (list.length > chartLimits.series) refuse('series', `has more than ${chartLimits.series} series`);
    const categories = new Set<string>();
    let total = 0;
    const series = Array.from(list, (entry, index) => {
      if (!isFields(entry)) return refuse(`series[${index}]`, 'is not an object');
      const label = isLabel(entry.label) ? entry.label : refuse(`series[${index}].label`, `is not a string of 1 to ${chartLimits.labelChars} characters`);
      const copied = points(entry.points, `series[${index}].points`, kind, categories);
      total += copied.length;
      return { label, points: copied };
    });
    if (total > chartLimits.points) refuse('series', `hold more than ${chartLimits.points} points together`);
    if (categories.size > chartLimits.categories) refuse('series', `name more than ${chartLimits.categories} categories`);
    return { chart: { kind, title, ...(x ? { x } : {}), ...(y ? { y } : {}), series } };
  } catch (error) {
    if (error instanceof Refused) return { error: error.message };
    throw error;
  }
}
