// The autoscaler's settings, with the HPA's defaults where it has them, and the check of its inputs.

export interface ScalingPolicy {
  /** The queue depth one replica should carry (the HPA's target averageValue). */
  targetPerReplica: number;
  /** Do nothing while |ratio − 1| is at most this; the HPA's default is 0.1. */
  tolerance: number;
  minReplicas: number;
  maxReplicas: number;
  /** Scale down only to the highest recommendation of this many past seconds; the HPA's default is 300. */
  scaleDownWindowSeconds: number;
}

export const defaultPolicy: ScalingPolicy = {
  targetPerReplica: 30,
  tolerance: 0.1,
  minReplicas: 2,
  maxReplicas: 20,
  scaleDownWindowSeconds: 300,
};

/** Stops on input the formula cannot use, naming the field. */
export function checkInputs(currentReplicas: number, queueDepth: number, policy: ScalingPolicy): void {
  const problems: string[] = [];
  if (!Number.isInteger(currentReplicas) || currentReplicas < 1) problems.push(`currentReplicas: expected a whole number of at least 1, got ${currentReplicas}`);
  if (!Number.isFinite(queueDepth) || queueDepth < 0) problems.push(`queueDepth: expected a number of at least 0, got ${queueDepth}`);
  if (!(policy.targetPerReplica > 0)) problems.push(`policy.targetPerReplica: expected a number above 0, got ${policy.targetPerReplica}`);
  if (!(policy.tolerance >= 0)) problems.push(`policy.tolerance: expected a number of at least 0, got ${policy.tolerance}`);
  if (!(policy.minReplicas >= 1 && policy.minReplicas <= policy.maxReplicas)) {
    problems.push(`policy.minReplicas: expected at least 1 and at most maxReplicas (${policy.maxReplicas}), got ${policy.minReplicas}`);
  }
  if (problems.length > 0) throw new RangeError(`autoscaler: ${problems.join('; ')}`);
}
