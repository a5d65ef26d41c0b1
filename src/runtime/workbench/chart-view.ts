// A chart from the kit's plot(), drawn in the output as an SVG: a titled
// figure whose image has a text alternative, a legend, and the data as a
// table. Series differ by colour and by marker shape or dash, so colour is
// never the only cue; the colours follow the light and dark themes (CSS).
// Every text goes in through textContent: the chart comes from lab code.
import type { Chart } from '../runner.ts';
import { h, uniqueId } from './dom.ts';
import { categoriesOf, niceScale, tickLabel, type Scale } from './chart-scale.ts';
import { chartTable, describeChart } from './chart-text.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';
const fontSize = 12;
const charWidth = 6.6;
const dashes = ['', '6 3', '2 3', '9 3 2 3', '12 4'];
const shapes = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const seriesClass = (index: number): string => `wb-chart-series wb-chart-s${index % 6}`;
const fit = (text: string, width: number): string => (text.length * charWidth <= width ? text : `${text.slice(0, Math.max(Math.floor(width / charWidth) - 1, 1))}…`);

/** A marker of the series' shape, centred on (x, y); shapes after the fifth are drawn hollow. */
function marker(index: number, x: number, y: number, size = 4): SVGElement {
  const hollow = index >= shapes.length ? { class: 'wb-chart-hollow' } : {};
  const shape = shapes[index % shapes.length];
  if (shape === 'circle') return svg('circle', { cx: x, cy: y, r: size, ...hollow });
  if (shape === 'square') return svg('rect', { x: x - size, y: y - size, width: size * 2, height: size * 2, ...hollow });
  const points =
    shape === 'triangle'
      ? [[x, y - size - 1], [x + size + 1, y + size], [x - size - 1, y + size]]
      : shape === 'diamond'
        ? [[x, y - size - 1], [x + size + 1, y], [x, y + size + 1], [x - size - 1, y]]
        : [[x - size, y - size], [x + size, y + size], [x, y], [x + size, y - size], [x - size, y + size], [x, y]];
  return svg(shape === 'cross' ? 'polyline' : 'polygon', { points: points.map((point) => point.join(',')).join(' '), ...hollow });
}

const linear = (scale: Scale, from: number, to: number) => (value: number) => from + ((value - scale.min) / (scale.max - scale.min || 1)) * (to - from);

function gridChart(chart: Chart, width: number): SVGSVGElement {
  const height = Math.round(Math.min(Math.max(width * 0.5, 200), 320));
  const points = chart.series.flatMap((series) => series.points);
  const yScale = niceScale(points.map(([, y]) => y), { min: chart.y?.min, max: chart.y?.max, count: 5 });
  const left = 8 + (chart.y?.label ? fontSize + 6 : 0) + Math.max(...yScale.ticks.map((tick) => tickLabel(tick).length)) * charWidth + 6;
  const [right, top, bottom] = [16, 10, 8 + fontSize + (chart.x?.label ? fontSize + 10 : 0) + 6];
  const xScale = niceScale(points.map(([x]) => Number(x)), { count: Math.max(2, Math.floor((width - left - right) / 90)) });
  const toX = linear(xScale, left, width - right);
  const toY = linear(yScale, height - bottom, top);
  const image = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'wb-chart-svg' });
  const axis = svg('g', { class: 'wb-chart-axis' });
  for (const tick of yScale.ticks) {
    axis.append(svg('line', { x1: left, x2: width - right, y1: toY(tick), y2: toY(tick), class: 'wb-chart-grid' }));
    axis.append(svg('text', { x: left - 6, y: toY(tick) + 4, 'text-anchor': 'end' }, tickLabel(tick)));
  }
  for (const tick of xScale.ticks) axis.append(svg('text', { x: toX(tick), y: height - bottom + fontSize + 6, 'text-anchor': 'middle' }, tickLabel(tick)));
  axis.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'wb-chart-baseline' }));
  if (chart.x?.label) axis.append(svg('text', { x: (left + width - right) / 2, y: height - 6, 'text-anchor': 'middle', class: 'wb-chart-label' }, fit(chart.x.label, width - left)));
  if (chart.y?.label) {
    axis.append(svg('text', { x: -(top + height - bottom) / 2, y: fontSize + 2, transform: 'rotate(-90)', 'text-anchor': 'middle', class: 'wb-chart-label' }, fit(chart.y.label, height - top - bottom)));
  }
  image.append(axis);
  chart.series.forEach((series, index) => {
    const group = svg('g', { class: seriesClass(index) });
    const sorted = series.points.map(([x, y]) => [toX(Number(x)), toY(Math.min(Math.max(y, yScale.min), yScale.max))] as const).sort((a, b) => a[0] - b[0]);
    if (chart.kind === 'line') {
      const path = sorted.map(([x, y], at) => `${at === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
      group.append(svg('path', { d: path, class: 'wb-chart-line', ...(dashes[index % dashes.length] ? { 'stroke-dasharray': dashes[index % dashes.length]! } : {}) }));
    }
    if (chart.kind === 'scatter' || sorted.length <= 60) for (const [x, y] of sorted) group.append(marker(index, x, y));
    image.append(group);
  });
  return image;
}

/** Bars across the chart, one row per category and series, names on the left: long names stay readable on a phone. */
function barChart(chart: Chart, width: number): SVGSVGElement {
  const categories = categoriesOf(chart);
  const values = chart.series.flatMap((series) => series.points.map(([, y]) => y));
  const names = Math.min(Math.max(...categories.map((name) => name.length)) * charWidth + 8, width * 0.4);
  const [left, right, top] = [names + 8, 16, 8];
  const bottom = 8 + fontSize + (chart.y?.label ? fontSize + 10 : 0) + 6;
  const bar = 16;
  const groupHeight = chart.series.length * bar + 10;
  const height = top + categories.length * groupHeight + bottom;
  const scale = niceScale(values, { min: chart.y?.min, max: chart.y?.max, withZero: true, count: Math.max(2, Math.floor((width - left - right) / 90)) });
  const toX = linear(scale, left, width - right);
  const image = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'wb-chart-svg' });
  const axis = svg('g', { class: 'wb-chart-axis' });
  for (const tick of scale.ticks) {
    axis.append(svg('line', { x1: toX(tick), x2: toX(tick), y1: top, y2: height - bottom, class: 'wb-chart-grid' }));
    axis.append(svg('text', { x: toX(tick), y: height - bottom + fontSize + 6, 'text-anchor': 'middle' }, tickLabel(tick)));
  }
  categories.forEach((name, row) => axis.append(svg('text', { x: names, y: top + row * groupHeight + (groupHeight - 10) / 2 + 4, 'text-anchor': 'end' }, fit(name, names))));
  if (chart.y?.label) axis.append(svg('text', { x: (left + width - right) / 2, y: height - 6, 'text-anchor': 'middle', class: 'wb-chart-label' }, fit(chart.y.label, width - left)));
  image.append(axis);
  const zero = toX(Math.min(Math.max(0, scale.min), scale.max));
  chart.series.forEach((series, index) => {
    const group = svg('g', { class: seriesClass(index) });
    for (const [x, y] of series.points) {
      const row = categories.indexOf(String(x));
      const end = toX(Math.min(Math.max(y, scale.min), scale.max));
      group.append(svg('rect', { x: Math.min(zero, end), y: top + row * groupHeight + index * bar, width: Math.max(Math.abs(end - zero), 1), height: bar - 3, class: 'wb-chart-bar' }));
    }
    image.append(group);
  });
  axis.append(svg('line', { x1: zero, x2: zero, y1: top, y2: height - bottom, class: 'wb-chart-baseline' }));
  return image;
}

function legend(chart: Chart): HTMLElement {
  return h(
    'ul',
    { class: 'wb-chart-legend', 'aria-label': 'Series' },
    ...chart.series.map((series, index) => {
      const key = svg('svg', { viewBox: '0 0 24 12', width: 24, height: 12, class: seriesClass(index), 'aria-hidden': 'true' });
      if (chart.kind === 'bar') key.append(svg('rect', { x: 2, y: 1, width: 20, height: 10, class: 'wb-chart-bar' }));
      else {
        if (chart.kind === 'line') key.append(svg('path', { d: 'M0,6 L24,6', class: 'wb-chart-line', ...(dashes[index % dashes.length] ? { 'stroke-dasharray': dashes[index % dashes.length]! } : {}) }));
        key.append(marker(index, 12, 6, 3.5));
      }
      return h('li', {}, key, series.label);
    }),
  );
}

function dataTable(chart: Chart): HTMLElement {
  const { head, rows, omitted } = chartTable(chart);
  return h(
    'details',
    { class: 'wb-chart-data' },
    h('summary', {}, 'The data as a table'),
    h(
      'table',
      {},
      h('caption', {}, chart.title),
      h('thead', {}, h('tr', {}, ...head.map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((value) => h('td', {}, value))))),
    ),
    omitted > 0 ? h('p', {}, `${omitted.toLocaleString('en')} more rows are not shown.`) : undefined,
  );
}

/** The chart as a figure for the output panel, drawn `width` pixels wide. */
export function renderChart(chart: Chart, width: number): HTMLElement {
  const size = Math.round(Math.min(Math.max(width, 280), 720));
  const image = chart.kind === 'bar' ? barChart(chart, size) : gridChart(chart, size);
  const titleId = uniqueId('wb-chart-title');
  image.setAttribute('role', 'img');
  image.setAttribute('aria-label', describeChart(chart));
  const title = h('figcaption', { class: 'wb-chart-title', id: titleId }, chart.title);
  return h('figure', { class: 'wb-chart', 'aria-labelledby': titleId }, title, image, legend(chart), dataTable(chart));
}
