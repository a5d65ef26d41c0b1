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
  // TODO: count the pairs whose prediction equals the label, divided by the number of pairs.
  return 0;
}

/** Accuracy overall ("accuracy") and for each label ("accuracy.billing", ...), so that a slice cannot hide in the average. */
export function metricsOf(pairs: Prediction[]): Metrics {
  // TODO: { accuracy: accuracy(pairs) }, plus one "accuracy.<label>" entry for every
  // label in the pairs: the accuracy of the pairs with that label.
  return {};
}

/** Fails when any metric falls below its baseline by more than its tolerance. */
export function gate(metrics: Metrics, baseline: Baseline): GateResult {
  // TODO: for each metric in the baseline, compare the measured value with it:
  //  - not measured at all: fail, and say so;
  //  - more than its tolerance below the baseline: fail, and report the metric's name,
  //    its value, and how many points below the baseline it is;
  //  - more than its tolerance above: pass, and say to update the baseline;
  //  - otherwise: pass.
  // Report lines start with "FAIL" or "ok". Compare with a tiny margin (1e-9), because
  // 0.85 - 0.95 is not exactly -0.1 in floating point.
  return { passed: true, report: [] };
}
