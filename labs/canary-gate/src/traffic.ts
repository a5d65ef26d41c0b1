// Simulated traffic, so the rollout is the same on every run: a seeded random number generator
// draws each request's eval verdict, cost and latency from an arm's profile.
import { seededRandom } from '@ai-roadmap/kit';

/** How one version of the feature behaves: the numbers the simulation draws around. */
export interface ArmProfile {
  /** The chance that the online eval (a judge on a sample of live answers) passes an answer. */
  passRate: number;
  /** The mean cost of a request, in dollars. */
  meanCostUsd: number;
  /** The median latency, in milliseconds; the simulation spreads it log-normally. */
  medianLatencyMs: number;
}

/** What one arm saw in one window of traffic. */
export interface Window {
  /** Answers the online eval graded, and how many of them passed. */
  graded: number;
  passed: number;
  costsUsd: number[];
  latenciesMs: number[];
}

/** A standard normal draw, by the Box–Muller transform. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Draws `requests` requests from a profile. The online eval grades one request in `gradeEvery`. */
export function simulateWindow(profile: ArmProfile, requests: number, seed: number, gradeEvery = 1): Window {
  const random = seededRandom(seed);
  const window: Window = { graded: 0, passed: 0, costsUsd: [], latenciesMs: [] };
  for (let i = 0; i < requests; i += 1) {
    const passes = random() < profile.passRate;
    if (i % gradeEvery === 0) {
      window.graded += 1;
      if (passes) window.passed += 1;
    }
    window.costsUsd.push(profile.meanCostUsd * (0.5 + random()));
    window.latenciesMs.push(Math.round(profile.medianLatencyMs * Math.exp(0.35 * normal(random))));
  }
  return window;
}
