// Simulated providers: what a real API would answer, with latency, usage and status codes,
// computed from a seeded random stream and the faults active at the time of the call. No
// network: call() returns at once and says how long the call would have taken.
import type { Random } from './clock.ts';
import { isActive, type Fault } from './faults.ts';

export interface ProviderRequest {
  /** An alias (luna-latest) or a snapshot id (luna-2026-09-15). */
  model: string;
  inputTokens: number;
  atMs: number;
}

export interface ProviderReply {
  status: 200 | 429 | 503;
  latencyMs: number;
  /** The snapshot that answered, as the response's model field says; null when nothing answered. */
  model: string | null;
  outputTokens: number;
  /** Sent with a 429: how long the provider asks you to wait. */
  retryAfterMs?: number;
}

export interface Provider {
  name: string;
  call(request: ProviderRequest): ProviderReply;
}

export interface SnapshotBehaviour {
  baseLatencyMs: number;
  msPerOutputToken: number;
  /** Output tokens are drawn evenly from this range. */
  outputTokens: [number, number];
}

export interface ProviderSpec {
  name: string;
  /** alias → snapshot, before any fault re-points it. */
  aliases: Record<string, string>;
  snapshots: Record<string, SnapshotBehaviour>;
}

export const northwind: ProviderSpec = {
  name: 'northwind',
  aliases: { 'luna-latest': 'luna-2026-09-15' },
  snapshots: {
    'luna-2026-09-15': { baseLatencyMs: 700, msPerOutputToken: 5, outputTokens: [120, 240] },
    // The new snapshot writes two and a half times as much: the kind of change an alias hides.
    'luna-2026-12-01': { baseLatencyMs: 700, msPerOutputToken: 5, outputTokens: [300, 600] },
  },
};

export const southgate: ProviderSpec = {
  name: 'southgate',
  aliases: {},
  snapshots: { 'sol-2026-10-20': { baseLatencyMs: 900, msPerOutputToken: 7, outputTokens: [100, 200] } },
};

export function createSimulatedProvider(spec: ProviderSpec, faults: Fault[], random: Random): Provider {
  return {
    name: spec.name,
    call({ model, atMs }) {
      const active = faults.filter((fault) => isActive(fault, spec.name, atMs));
      const storm = active.find((fault) => fault.kind === 'rate-limit-storm');
      if (storm && random() < storm.share) return { status: 429, latencyMs: 80, model: null, outputTokens: 0, retryAfterMs: storm.retryAfterMs };

      const repointed = active.find((fault) => fault.kind === 'alias-change' && fault.alias === model);
      const snapshot = repointed?.kind === 'alias-change' ? repointed.to : spec.aliases[model] ?? model;
      const behaviour = spec.snapshots[snapshot];
      if (!behaviour) return { status: 503, latencyMs: 50, model: null, outputTokens: 0 };

      const [low, high] = behaviour.outputTokens;
      const outputTokens = low + Math.floor(random() * (high - low + 1));
      const spike = active.find((fault) => fault.kind === 'latency-spike');
      const latencyMs = Math.round((behaviour.baseLatencyMs * (0.7 + 0.6 * random()) + outputTokens * behaviour.msPerOutputToken) * (spike?.kind === 'latency-spike' ? spike.factor : 1));
      return { status: 200, latencyMs, model: snapshot, outputTokens };
    },
  };
}
