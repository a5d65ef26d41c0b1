// The text form of a chart, for a terminal: a few lines high, with the title,
// the axes and their labels, and a legend. Bars are drawn across the page, one
// row per bar; lines and points on a grid of characters.
import type { PlotSpec } from './plot.ts';

const gridWidth = 56;
const gridHeight = 10;
const barWidth = 40;
/** One marker per series (not only a colour: a terminal may have none). */
const markers = ['●', '■', '▲', '◆', '○', '□', '△', '◇', '×', '+'];
const fills = ['█', '▓', '▒', '░', '#', '=', '+', '*', '~', '-'];

/** A number as a chart labels it: 23,450 · 0.712 · 1.5M. */
export function formatValue(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${Number((value / 1e9).toPrecision(3))}B`;
  if (size >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  return value.toLocaleString('en', size >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 });
}

function range(values: number[], min: number | undefined, max: number | undefined, withZero: boolean): [number, number] {
  let low = min ?? Math.min(...values, ...(withZero ? [0] : []));
  let high = max ?? Math.max(...values, ...(withZero ? [0] : []));
  if (low === high) [low, high] = low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  return [low, high];
}

const legend = (spec: PlotSpec, symbols: string[]): string => spec.series.map((series, index) => `${symbols[index % symbols.length]} ${series.label}`).join('   ');

function barChart(spec: PlotSpec): string[] {
  const categories = [...new Set(spec.series.flatMap((series) => series.points.map(([x]) => String(x))))];
  const values = spec.series.flatMap((series) => series.points.map(([, y]) => y));
  const [low, high] = range(values, spec.y?.min, spec.y?.max, true);
  const column = (value: number) => Math.round(((Math.min(Math.max(value, low), high) - low) / (high - low)) * barWidth);
  const zero = column(0);
  const several = spec.series.length > 1;
  const nameWidth = Math.max(...categories.map((name) => name.length), 1);
  const lines: string[] = [];
  if (spec.x?.label || spec.y?.label) lines.push(`${(spec.x?.label ?? '').padEnd(nameWidth)}  ${spec.y?.label ?? ''}`.trimEnd());
  for (const category of categories) {
    spec.series.forEach((series, index) => {
      const point = series.points.find(([x]) => String(x) === category);
      if (!point) return;
      const end = column(point[1]);
      const fill = fills[index % fills.length]!;
      const bar = ' '.repeat(Math.min(zero, end)) + fill.repeat(Math.abs(end - zero));
      const name = index === 0 || !several ? category : '';
      lines.push(`${name.padEnd(nameWidth)} │${bar} ${formatValue(point[1])}`);
    });
  }
  if (several) lines.push(legend(spec, fills));
  return lines;
}

function gridChart(spec: PlotSpec): string[] {
  const points = spec.series.flatMap((series) => series.points.map(([x, y]) => [Number(x), y] as const));
  const [xLow, xHigh] = range(points.map(([x]) => x), undefined, undefined, false);
  const [yLow, yHigh] = range(points.map(([, y]) => y), spec.y?.min, spec.y?.max, false);
  const grid = Array.from({ length: gridHeight }, () => Array<string>(gridWidth).fill(' '));
  const col = (x: number) => Math.round(((x - xLow) / (xHigh - xLow)) * (gridWidth - 1));
  const row = (y: number) => gridHeight - 1 - Math.round(((Math.min(Math.max(y, yLow), yHigh) - yLow) / (yHigh - yLow)) * (gridHeight - 1));
  spec.series.forEach((series, index) => {
    const sorted = series.points.map(([x, y]) => [Number(x), y] as const).sort((a, b) => a[0] - b[0]);
    if (spec.kind === 'line') {
      for (let at = 1; at < sorted.length; at++) {
        const [[x0, y0], [x1, y1]] = [sorted[at - 1]!, sorted[at]!];
        for (let c = col(x0) + 1; c < col(x1); c++) {
          const x = xLow + (c / (gridWidth - 1)) * (xHigh - xLow);
          const cell = grid[row(y0 + ((x - x0) / (x1 - x0 || 1)) * (y1 - y0))]!;
          if (cell[c] === ' ') cell[c] = '·';
        }
      }
    }
    for (const [x, y] of sorted) grid[row(y)]![col(x)] = markers[index % markers.length]!;
  });
  const ticks = new Map([[0, formatValue(yHigh)], [Math.floor((gridHeight - 1) / 2), formatValue((yHigh + yLow) / 2)], [gridHeight - 1, formatValue(yLow)]]);
  const labelWidth = Math.max(...[...ticks.values()].map((tick) => tick.length));
  const lines: string[] = [];
  if (spec.y?.label) lines.push(`${' '.repeat(labelWidth)} ${spec.y.label}`);
  grid.forEach((cells, index) => {
    const tick = ticks.get(index);
    lines.push(`${(tick ?? '').padStart(labelWidth)} ${tick === undefined ? '│' : '┤'}${cells.join('').trimEnd()}`);
  });
  lines.push(`${' '.repeat(labelWidth)} └${'─'.repeat(gridWidth)}`);
  const [first, last] = [formatValue(xLow), formatValue(xHigh)];
  lines.push(`${' '.repeat(labelWidth + 2)}${first}${last.padStart(gridWidth - first.length)}`);
  if (spec.x?.label) lines.push(`${' '.repeat(labelWidth + 2)}${spec.x.label.padStart(Math.floor((gridWidth + spec.x.label.length) / 2))}`);
  lines.push(legend(spec, markers));
  return lines;
}

/** The chart as lines of text, with its title first. */
export function textChart(spec: PlotSpec): string {
  return [spec.title, ...(spec.kind === 'bar' ? barChart(spec) : gridChart(spec))].join('\n');
}
