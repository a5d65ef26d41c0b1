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

import { checkInputs, defaultPolicy, type ScalingPolicy } from './scaling-policy.ts';

export { defaultPolicy, type ScalingPolicy };

/** The replica count the formula asks for now, before any stabilisation. */
export function desiredReplicas(currentReplicas: number, queueDepth: number, policy: ScalingPolicy = defaultPolicy): number {
  checkInputs(currentReplicas, queueDepth, policy);
  const ratio = queueDepth / currentReplicas / policy.targetPerReplica;
  if (Math.abs(ratio - 1) <= policy.tolerance) return currentReplicas;
  // currentReplicas × ratio, written as queueDepth / target so that no rounding error lifts
  // an exact 10 to 10.000000000000002, which Math.ceil would turn into 11.
  const wanted = Math.ceil(queueDepth / policy.targetPerReplica);
  return Math.min(policy.maxReplicas, Math.max(policy.minReplicas, wanted));
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
    const windowStart = timeSeconds - this.policy.scaleDownWindowSeconds;
    this.history = this.history.filter((entry) => entry.timeSeconds >= windowStart);
    if (recommended >= currentReplicas) return { timeSeconds, queueDepth, recommended, replicas: recommended };
    const highestInWindow = Math.max(...this.history.map((entry) => entry.recommended));
    return { timeSeconds, queueDepth, recommended, replicas: Math.min(currentReplicas, highestInWindow) };
  }
}
