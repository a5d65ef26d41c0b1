/** Measured metrics by name: "accuracy" overall, "accuracy.<category>" per category. Fractions: 0.9 = 90%. */
export type Metrics = Record<string, number>;

/** A committed baseline: each metric's value on main, how far it may fall, and how many examples it rests on. */
export type Baseline = Record<string, { baseline: number; tolerance: number; examples: number }>;

export interface Prediction {
  predicted: string;
  label: string;
}

export interface GateResult {
  passed: boolean;
  report: string[];
}

/** The share of predictions equal to their label (0 when there are none). */
export function accuracy(pairs: Prediction[]): number {
  if (pairs.length === 0) return 0;
  return pairs.filter(({ predicted, label }) => predicted === label).length / pairs.length;
}

/** Accuracy overall ("accuracy") and for each label ("accuracy.billing", ...), so that a slice cannot hide in the average. */
export function metricsOf(pairs: Prediction[]): Metrics {
  const metrics: Metrics = { accuracy: accuracy(pairs) };
  for (const label of new Set(pairs.map((pair) => pair.label))) {
    metrics[`accuracy.${label}`] = accuracy(pairs.filter((pair) => pair.label === label));
  }
  return metrics;
}

const points = (value: number) => `${(value * 100).toFixed(1)}`;
// Floating point: 0.85 - 0.95 is -0.09999999999999998, not -0.1.
const margin = 1e-9;

/** Fails when any metric falls below its baseline by more than its tolerance. */
export function gate(metrics: Metrics, baseline: Baseline): GateResult {
  const report: string[] = [];
  let passed = true;
  for (const [name, { baseline: expected, tolerance }] of Object.entries(baseline)) {
    const measured = metrics[name];
    if (measured === undefined) {
      passed = false;
      report.push(`FAIL ${name}: not measured, but the baseline expects ${points(expected)}%`);
      continue;
    }
    const delta = measured - expected;
    if (delta < -tolerance - margin) {
      passed = false;
      report.push(`FAIL ${name}: ${points(measured)}% is ${points(-delta)} points below the baseline of ${points(expected)}% (tolerance ${points(tolerance)})`);
    } else if (delta > tolerance + margin) {
      report.push(`ok   ${name}: ${points(measured)}% is ${points(delta)} points above the baseline: update the baseline in this change`);
    } else {
      report.push(`ok   ${name}: ${points(measured)}% (baseline ${points(expected)}%, tolerance ${points(tolerance)})`);
    }
  }
  return { passed, report };
}
