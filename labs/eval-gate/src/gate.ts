export interface Metrics {
  accuracy: number;
}

export interface GateResult {
  passed: boolean;
  report: string[];
}

/** The share of predictions equal to their label (0 when there are none). */
export function accuracy(pairs: Array<{ predicted: string; label: string }>): number {
  // TODO: count the pairs whose prediction equals the label, divided by the number of pairs.
  return 0;
}

/** Fails when a metric falls below its baseline by more than the tolerance. */
export function gate(metrics: Metrics, baseline: Metrics, tolerance: number): GateResult {
  // TODO: for each metric in the baseline, compare it with the measured value:
  //  - more than `tolerance` below the baseline: fail, and report the metric's name,
  //    its value, and how many points below the baseline it is;
  //  - more than `tolerance` above: pass, and suggest updating the baseline;
  //  - otherwise: pass.
  // Report lines start with "FAIL" or "ok". Values are fractions (0.9 = 90%).
  return { passed: true, report: [] };
}
