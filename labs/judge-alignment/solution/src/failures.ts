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
  const failed = traces.filter((trace) => trace.human.verdict === 'fail');
  const byCategory = new Map<string, Trace[]>();
  for (const trace of failed) {
    const category = trace.human.category ?? 'uncategorised';
    byCategory.set(category, [...(byCategory.get(category) ?? []), trace]);
  }
  const rows = [...byCategory].map(([category, members]) => ({
    category,
    count: members.length,
    shareOfFailures: members.length / failed.length,
    shareOfTraces: members.length / traces.length,
    example: members[0]!.human.note ?? '',
  }));
  rows.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return { traces: traces.length, failures: failed.length, rows };
}
