import { runContinuous } from '../src/continuous-run.ts';
import { summarise } from '../src/metrics.ts';
import { gpu, workload } from '../src/model.ts';
import { runStatic } from '../src/static-batching.ts';
import { makeRequests } from '../src/workload.ts';

export const requests = makeRequests(workload);
export const staticLimits = { maxBatch: 64 };
export const continuousLimits = { maxBatch: 256 };

let cached: ReturnType<typeof compare> | undefined;
function compare() {
  const staticRun = runStatic(requests, gpu, staticLimits, workload.maxOutputTokens);
  const continuousRun = runContinuous(requests, gpu, continuousLimits);
  return { staticRun, continuousRun, staticSummary: summarise(staticRun), continuousSummary: summarise(continuousRun) };
}

/** Both schedulers on the lab's workload and GPU, run once and shared by the tests. */
export function bothRuns() {
  cached ??= compare();
  return cached;
}
