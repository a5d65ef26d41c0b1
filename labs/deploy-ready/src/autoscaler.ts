// A queue-depth autoscaler that decides as Kubernetes' HorizontalPodAutoscaler does for an
// External metric with an AverageValue target: "about targetPerReplica queued jobs per replica".
//
//   desiredReplicas = ceil(currentReplicas × currentMetric / target)
//
// where currentMetric is the queue depth per replica. Since currentMetric = queueDepth /
// currentReplicas, that is ceil(queueDepth / target). The HPA skips the change when the
// ratio currentMetric / target is within the tolerance of 1, keeps the answer between
// minReplicas and maxReplicas, and scales down only to the highest recommendation of the
// stabilisation window, so that a dip of a minute does not throw away warm pods.

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

/** The replica count the formula asks for now, before any stabilisation. */
export function desiredReplicas(currentReplicas: number, queueDepth: number, policy: ScalingPolicy = defaultPolicy): number {
  checkInputs(currentReplicas, queueDepth, policy);
  // TODO: follow the HPA. Compute the ratio of the queue per replica to the target; if it is
  // within policy.tolerance of 1, keep currentReplicas. Otherwise round the replicas UP, and
  // keep the answer between policy.minReplicas and policy.maxReplicas.
  return Math.round(queueDepth / policy.targetPerReplica);
}

export interface Decision {
  timeSeconds: number;
  queueDepth: number;
  /** What the formula asked for at this step. */
  recommended: number;
  /** What the autoscaler set, after the stabilisation window. */
  replicas: number;
}

/** Remembers past recommendations, as the HPA controller does, to stabilise scale-downs. */
export class QueueAutoscaler {
  readonly policy: ScalingPolicy;
  private history: Array<{ timeSeconds: number; recommended: number }> = [];

  constructor(policy: ScalingPolicy = defaultPolicy) {
    this.policy = policy;
  }

  /** One pass of the control loop at timeSeconds: the replica count to run from now on. */
  step(timeSeconds: number, currentReplicas: number, queueDepth: number): Decision {
    const recommended = desiredReplicas(currentReplicas, queueDepth, this.policy);
    this.history.push({ timeSeconds, recommended });
    // TODO: scale up at once, but scale down only as far as the highest recommendation made
    // in the last policy.scaleDownWindowSeconds (this one included). Drop older entries.
    return { timeSeconds, queueDepth, recommended, replicas: recommended };
  }
}
