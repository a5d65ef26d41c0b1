// A drift alert: compare this week's mean of a metric with a baseline week's, and fire when it
// has moved by more than a threshold, but only when both weeks have enough requests for the
// means to be worth comparing.

export interface DriftOptions {
  /** Fire when |current − baseline| / baseline is more than this (0.15 is 15%). */
  maxRelativeChange: number;
  /** Stay quiet when either week has fewer values than this. */
  minSamples: number;
}

export interface DriftResult {
  fires: boolean;
  baselineMean: number;
  currentMean: number;
  /** (current − baseline) / baseline: +0.4 is 40% more. */
  relativeChange: number;
  reason: string;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function checkDrift(baseline: number[], current: number[], options: DriftOptions): DriftResult {
  const baselineMean = mean(baseline);
  const currentMean = mean(current);
  // TODO: work out relativeChange, and fire when its size is more than maxRelativeChange, in
  // either direction. Stay quiet (fires: false, with a reason that says so) when either week
  // has fewer than minSamples values. Say in reason why the alert fired or did not.
  void options;
  return { fires: false, baselineMean, currentMean, relativeChange: 0, reason: 'not written yet' };
}
