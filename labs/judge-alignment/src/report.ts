import type { FailureTable } from './failures.ts';
import type { Confusion } from './agreement.ts';
import type { Comparison } from './compare.ts';

// Formatting only: how main.ts prints what the other modules compute.

const percent = (value: number, digits = 1) => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : '—');
const points = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value * 100).toFixed(1)}`;
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padStart = (text: string | number, width: number) => String(text).padStart(width);

export function formatFailureTable(table: FailureTable): string[] {
  const lines = [`${table.failures} of ${table.traces} traces failed (${percent(table.failures / table.traces)}).`, ''];
  lines.push(`${pad('category', 20)} ${padStart('count', 5)} ${padStart('of fails', 9)} ${padStart('of all', 7)}  first note`);
  for (const row of table.rows) {
    lines.push(`${pad(row.category, 20)} ${padStart(row.count, 5)} ${padStart(percent(row.shareOfFailures), 9)} ${padStart(percent(row.shareOfTraces), 7)}  ${row.example}`);
  }
  return lines;
}

export function formatAlignmentHeader(): string {
  return `${pad('', 24)} ${padStart('n', 3)} ${padStart('TP', 4)} ${padStart('FN', 4)} ${padStart('FP', 4)} ${padStart('TN', 4)} ${padStart('TPR', 7)} ${padStart('TNR', 7)} ${padStart('kappa', 6)}`;
}

export function formatAlignmentRow(label: string, matrix: Confusion, rates: { tpr: number; tnr: number; kappa: number }): string {
  const n = matrix.tp + matrix.fn + matrix.fp + matrix.tn;
  return `${pad(label, 24)} ${padStart(n, 3)} ${padStart(matrix.tp, 4)} ${padStart(matrix.fn, 4)} ${padStart(matrix.fp, 4)} ${padStart(matrix.tn, 4)} ${padStart(percent(rates.tpr), 7)} ${padStart(percent(rates.tnr), 7)} ${padStart(fixed(rates.kappa, 2), 6)}`;
}

/** The sentence that matters: is the difference real, at the chosen level? */
export function verdictLine(comparison: Comparison, alpha = 0.05): string {
  const { interval, pValue, significant } = comparison;
  const range = `${points(interval.lower)} to ${points(interval.upper)} points`;
  const includesZero = interval.lower <= 0 && interval.upper >= 0;
  const p = `p = ${fixed(pValue, 3)}`;
  if (significant) {
    const direction = interval.difference > 0 ? 'v2 passes more questions than v1' : 'v2 passes fewer questions than v1';
    const agree = includesZero ? ` The interval, ${range}, still includes 0: the two methods disagree at the edge, so treat it as not shown.` : ` The interval, ${range}, excludes 0.`;
    return `Significant at the ${alpha * 100}% level (${p}): ${direction}.${agree}`;
  }
  return `Not significant at the ${alpha * 100}% level (${p}): these questions cannot tell v2 from v1. The interval, ${range}, ${includesZero ? 'includes 0' : 'misses 0 only narrowly'}.`;
}

export function formatComparison(comparison: Comparison, questions: number): string[] {
  const { passRateV1, passRateV2, interval, mcnemar, test } = comparison;
  const level = interval.resampled.length > 0 ? `${interval.resampled.length.toLocaleString('en-GB')} resamples` : 'no resamples';
  return [
    `v1 passes ${percent(passRateV1)}, v2 passes ${percent(passRateV2)}: a difference of ${points(interval.difference)} points on ${questions} questions.`,
    `Paired bootstrap, 95% interval: ${points(interval.lower)} to ${points(interval.upper)} points (${level}).`,
    `McNemar: v2 fixed ${mcnemar.fixed} and broke ${mcnemar.broken}; ${test === 'exact' ? `exact binomial test, p = ${fixed(mcnemar.exactPValue, 3)}` : `chi-square ${fixed(mcnemar.statistic, 2)} with continuity correction, p = ${fixed(mcnemar.pValue, 3)}`}.`,
    verdictLine(comparison),
  ];
}

/** The bootstrap distribution as a text histogram, in bins of 2 points. */
export function formatHistogram(resampled: number[], width = 40): string[] {
  if (resampled.length === 0) return ['(no resamples)'];
  const bin = 0.02;
  const first = Math.floor(resampled[0]! / bin + 1e-9);
  const counts = new Map<number, number>();
  const binOf = (value: number) => Math.floor(value / bin + 1e-9) - first; // the epsilon keeps 0.04 / 0.02 in bin 2, not 1
  for (const value of resampled) counts.set(binOf(value), (counts.get(binOf(value)) ?? 0) + 1);
  const largest = Math.max(...counts.values());
  const last = Math.max(...counts.keys());
  const lines: string[] = [];
  for (let index = 0; index <= last; index++) {
    const from = (first + index) * bin;
    const count = counts.get(index) ?? 0;
    lines.push(`${padStart(points(from), 6)} to ${padStart(points(from + bin), 6)} ${'#'.repeat(Math.round((count / largest) * width))} ${count}`);
  }
  return lines;
}
