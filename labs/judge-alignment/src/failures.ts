import type { Trace } from './types.ts';

export interface FailureRow {
  /** The axial code, or "uncategorised" for a failure nobody has grouped yet. */
  category: string;
  count: number;
  /** count ÷ the number of failed traces. */
  shareOfFailures: number;
  /** count ÷ the number of traces. */
  shareOfTraces: number;
  /** The note of the first trace in this category, to remind the reader what it looks like. */
  example: string;
}

export interface FailureTable {
  traces: number;
  failures: number;
  rows: FailureRow[];
}

/** Counts the failed traces by category, most frequent first (ties by name), so the biggest problem is the first row. */
export function failureTable(traces: Trace[]): FailureTable {
  // TODO: keep the traces whose human verdict is "fail", group them by
  // trace.human.category (a failure without one goes under "uncategorised",
  // so that gaps in the axial coding stay visible), and make one row per
  // category with its count, its two shares and the note of its first trace.
  // Sort the rows by count, largest first; break ties by category name.
  return { traces: traces.length, failures: 0, rows: [] };
}
