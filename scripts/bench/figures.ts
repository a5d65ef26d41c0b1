// Pure helpers for the bench's figures: medians, ratios and the words printed beside a budget.
import type { BenchFigure } from './types.ts';

/** The middle value (the upper middle for an even count); NaN for no values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** value ÷ baseline to two decimals, e.g. a chapter's DOMContentLoaded against a default Starlight page's. */
export function ratio(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`bench: cannot take a ratio to a baseline of ${baseline}`);
  return Math.round((value / baseline) * 100) / 100;
}

export function withinBudget(figure: BenchFigure): boolean | undefined {
  if (figure.budget === undefined) return undefined;
  return figure.atLeast ? figure.value >= figure.budget : figure.value <= figure.budget;
}

export function formatValue(figure: Pick<BenchFigure, 'value' | 'unit'>): string {
  if (figure.unit === 'bytes') return `${figure.value.toLocaleString('en')} B (${(figure.value / 1024).toFixed(1)} KB)`;
  if (figure.unit === '×') return `${figure.value.toFixed(2)}×`;
  if (figure.unit === 'score') return `${figure.value} / 100`;
  return `${figure.value} ${figure.unit}`;
}

/** The budget column: "≤ 100 KB  pass", "≥ 95 / 100  FAIL", or '' when the figure has no budget. */
export function budgetVerdict(figure: BenchFigure): string {
  const within = withinBudget(figure);
  if (within === undefined || figure.budget === undefined) return '';
  const bound = `${figure.atLeast ? '≥' : '≤'} ${formatValue({ value: figure.budget, unit: figure.unit })}`;
  return `${bound}  ${within ? 'pass' : 'FAIL'}`;
}
