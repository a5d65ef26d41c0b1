// The numbers behind a chart's axes: a range that fits the data, round tick
// values (1, 2 or 5 times a power of ten), and labels short enough for a tick.
import type { Chart } from '../runner.ts';

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** A range of the data that is never empty: a single value gets room around it. */
function spread(values: number[], withZero: boolean): [number, number] {
  const low = Math.min(...values, ...(withZero ? [0] : []));
  const high = Math.max(...values, ...(withZero ? [0] : []));
  if (low < high) return [low, high];
  return low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
}

/** About `count` round ticks from min to max; the range widens to the ticks at its ends unless `fixed` says where they are. */
export function niceScale(values: number[], { min, max, withZero = false, count = 5 }: { min?: number | undefined; max?: number | undefined; withZero?: boolean; count?: number }): Scale {
  const [dataLow, dataHigh] = spread(values, withZero);
  let [low, high] = [min ?? dataLow, max ?? dataHigh];
  if (low >= high) [low, high] = [Math.min(low, high) - 1, Math.max(low, high) + 1];
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  if (min === undefined) low = Math.floor(low / step) * step;
  if (max === undefined) high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step / 1e6; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { min: low, max: high, ticks };
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const exact = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });

/** A tick's label: 0.25, 1.5K, 23M. */
export const tickLabel = (value: number): string => (Math.abs(value) >= 10_000 ? compact.format(value) : exact.format(Number(value.toPrecision(4))));

/** A value as the chart's text reads it out: 23,450 · 0.712 (six significant digits). */
export const valueLabel = (value: number): string => exact.format(value);

/** A bar chart's categories, in the order they first appear. */
export const categoriesOf = (chart: Chart): string[] => [...new Set(chart.series.flatMap((series) => series.points.map(([x]) => String(x))))];
