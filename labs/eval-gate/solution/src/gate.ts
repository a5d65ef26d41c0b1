export interface Metrics {
  accuracy: number;
}

export interface GateResult {
  passed: boolean;
  report: string[];
}

/** The share of predictions equal to their label (0 when there are none). */
export function accuracy(pairs: Array<{ predicted: string; label: string }>): number {
  if (pairs.length === 0) return 0;
  return pairs.filter(({ predicted, label }) => predicted === label).length / pairs.length;
}

const points = (value: number) => `${(value * 100).toFixed(1)}`;

/**
 * Fails when a metric falls below its baseline by more than the tolerance.
 * The tolerance absorbs noise: on 13 examples one answer is 7.7 points.
 */
export function gate(metrics: Metrics, baseline: Metrics, tolerance: number): GateResult {
  const report: string[] = [];
  let passed = true;
  for (const name of Object.keys(baseline) as Array<keyof Metrics>) {
    const delta = metrics[name] - baseline[name];
    if (delta < -tolerance) {
      passed = false;
      report.push(`FAIL ${name}: ${points(metrics[name])}% is ${points(-delta)} points below the baseline of ${points(baseline[name])}% (tolerance ${points(tolerance)})`);
    } else if (delta > tolerance) {
      report.push(`ok   ${name}: ${points(metrics[name])}% is ${points(delta)} points above the baseline: update the baseline in this change`);
    } else {
      report.push(`ok   ${name}: ${points(metrics[name])}% (baseline ${points(baseline[name])}%)`);
    }
  }
  return { passed, report };
}
