import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desiredReplicas, QueueAutoscaler, defaultPolicy, type ScalingPolicy } from '../src/autoscaler.ts';

const policy: ScalingPolicy = { ...defaultPolicy }; // 30 jobs a replica, tolerance 0.1, 2 to 20 replicas, 300 s window

test('the formula: 4 replicas with 300 queued jobs scale to 10', () => {
  // 300 / 4 = 75 jobs a replica; 75 / 30 = 2.5; ceil(4 × 2.5) = 10.
  assert.equal(desiredReplicas(4, 300, policy), 10);
});

test('the formula rounds up: 345 jobs need 12 replicas, not 11.5 or 11', () => {
  assert.equal(desiredReplicas(10, 345, policy), 12, 'ceil(10 × 34.5 / 30) = ceil(11.5) = 12: round up, or the queue grows');
  assert.equal(desiredReplicas(3, 130, policy), 5, '130 / 3 = 43.3 a replica, 1.44 times the target: ceil(130 / 30) = ceil(4.33) = 5');
});

test('within the tolerance nothing changes: 320 jobs on 10 replicas is close enough to 300', () => {
  // 32 a replica; 32 / 30 = 1.067, within 0.1 of 1.
  assert.equal(desiredReplicas(10, 320, policy), 10, 'a ratio within the tolerance keeps the current count');
  assert.equal(desiredReplicas(10, 285, policy), 10, '28.5 / 30 = 0.95, also within the tolerance');
  assert.equal(desiredReplicas(10, 260, policy), 9, '26 / 30 = 0.867 is outside it: ceil(260 / 30) = 9');
});

test('the answer stays between minReplicas and maxReplicas', () => {
  assert.equal(desiredReplicas(4, 0, policy), 2, 'an empty queue still keeps minReplicas warm');
  assert.equal(desiredReplicas(10, 5000, policy), 20, '5,000 jobs would need 167 replicas; the cap is 20');
});

test('bad input is refused with the field named', () => {
  assert.throws(() => desiredReplicas(0, 100, policy), /currentReplicas/);
  assert.throws(() => desiredReplicas(3, -1, policy), /queueDepth/);
  assert.throws(() => desiredReplicas(3, 10, { ...policy, targetPerReplica: 0 }), /targetPerReplica/);
});

test('the stabilisation window: scale up at once, scale down only to the highest recent recommendation', () => {
  const autoscaler = new QueueAutoscaler(policy);
  assert.equal(autoscaler.step(0, 4, 300).replicas, 10, 'a burst scales up on the first pass');
  const dip = autoscaler.step(15, 10, 180);
  assert.equal(dip.recommended, 6, 'the formula alone would drop to ceil(180 / 30) = 6');
  assert.equal(dip.replicas, 10, 'but 10 was recommended 15 s ago, inside the 300 s window');
  assert.equal(autoscaler.step(300, 10, 180).replicas, 10, 'at 300 s the recommendation of 10 from t = 0 is still in the window');
  assert.equal(autoscaler.step(315, 10, 180).replicas, 6, 'at 315 s it has left the window; the highest left is 6');
});

test('a scale-down takes the highest recommendation in the window, not the latest', () => {
  const autoscaler = new QueueAutoscaler({ ...policy, scaleDownWindowSeconds: 60 });
  autoscaler.step(0, 10, 300); // 10
  autoscaler.step(15, 10, 240); // 8
  autoscaler.step(30, 10, 150); // 5
  assert.equal(autoscaler.step(75, 10, 90).replicas, 8, 'in the window from 15 s to 75 s the highest is 8 (from 15 s)');
});
