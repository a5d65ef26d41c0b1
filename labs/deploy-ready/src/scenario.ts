// The seeded scenarios that main.ts plays. Times are milliseconds since the pod started.
import type { ServiceState } from './probes.ts';

export interface Moment {
  atMs: number;
  label: string;
  state: ServiceState;
}

const pod = (heartbeat: number, warm: number | null, primary: number | null, fallback: number | null, draining = false): ServiceState => ({
  warmUpDoneAtMs: warm,
  lastProviderSuccessAtMs: { primary, fallback },
  lastHeartbeatAtMs: heartbeat,
  draining,
});

// Warm-up ends at 40 s. The primary provider fails after its last success at 95 s; the fallback
// first answers at 155 s. The worker loop's heartbeat stops at 200 s; the pod recovers (after a
// restart, in real life) by 270 s; SIGTERM arrives at 290 s.
export const podTimeline: Moment[] = [
  { atMs: 10_000, label: 'starting', state: pod(10_000, null, null, null) },
  { atMs: 30_000, label: 'warming up', state: pod(30_000, null, 25_000, null) },
  { atMs: 50_000, label: 'warm', state: pod(50_000, 40_000, 45_000, null) },
  { atMs: 130_000, label: 'primary provider down', state: pod(130_000, 40_000, 95_000, null) },
  { atMs: 160_000, label: 'fallback answers', state: pod(160_000, 40_000, 95_000, 155_000) },
  { atMs: 220_000, label: 'worker loop stuck', state: pod(200_000, 40_000, 95_000, 215_000) },
  { atMs: 270_000, label: 'recovered', state: pod(270_000, 40_000, 265_000, 262_000) },
  { atMs: 290_000, label: 'SIGTERM, draining', state: pod(290_000, 40_000, 285_000, 282_000, true) },
];

// Queue depth (jobs waiting or in flight) every 15 s: quiet, a burst at 60 s, a short dip,
// then the burst drains away. The chapter's worked example follows its first steps.
export const queueTrace: number[] = [
  110, 115, 120, 118, 300, 320, 345, 330, 180, 300, 280, 200, 150, 120, 90, 60, 60, 55, 50, 45, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
];
