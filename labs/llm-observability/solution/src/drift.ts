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
  const baselineMean = baseline.length ? mean(baseline) : Number.NaN;
  const currentMean = current.length ? mean(current) : Number.NaN;
  const relativeChange = (currentMean - baselineMean) / baselineMean;
  const smaller = Math.min(baseline.length, current.length);
  if (smaller < options.minSamples) {
    return { fires: false, baselineMean, currentMean, relativeChange, reason: `too few samples (${smaller} < ${options.minSamples})` };
  }
  const fires = Math.abs(relativeChange) > options.maxRelativeChange;
  const change = `${relativeChange >= 0 ? '+' : ''}${(relativeChange * 100).toFixed(1)}%`;
  return {
    fires,
    baselineMean,
    currentMean,
    relativeChange,
    reason: `${change} against a limit of ±${(options.maxRelativeChange * 100).toFixed(0)}%`,
  };
}
