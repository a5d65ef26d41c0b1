// Runs one seeded workload through both schedulers on the same modelled GPU, then prices the
// continuous-batching throughput against an API. Every number here follows from src/model.ts and
// src/calibration.ts: a roofline model calibrated to published figures, not a measurement of a GPU.
import { priceOf } from '@ai-roadmap/kit';
import { apiUsdPerMillionOutput, breakEvenUtilisation, selfHostedUsdPerMillionOutput } from './break-even.ts';
import { runContinuous } from './continuous-run.ts';
import { summarise, type Summary } from './metrics.ts';
import { gpu, workload } from './model.ts';
import { decodeStepSeconds } from './run.ts';
import { runStatic } from './static-batching.ts';
import { makeRequests } from './workload.ts';

const requests = makeRequests(workload);
const staticRun = summarise(runStatic(requests, gpu, { maxBatch: 64 }, workload.maxOutputTokens));
const continuousRun = summarise(runContinuous(requests, gpu, { maxBatch: 256 }));

const show = (s: Summary) =>
  `${s.scheduler.padEnd(11)} ${s.outputTokensPerSecond.toFixed(0).padStart(6)} tok/s   p50 TTFT ${s.p50TtftSeconds.toFixed(2).padStart(7)} s   p95 TTFT ${s.p95TtftSeconds.toFixed(2).padStart(7)} s   peak KV ${s.peakKvBlocks}/${gpu.kvBlocks} blocks   preemptions ${s.preemptions}`;

console.log(`${gpu.name}, modelled from published figures: ${(1 / decodeStepSeconds(1, 0, gpu)).toFixed(1)} tokens/s for one sequence, ${gpu.kvBlocks} KV blocks of ${gpu.blockTokens} tokens.`);
console.log(`${requests.length} requests at ${workload.arrivalsPerSecond}/s (seed ${workload.seed}).`);
console.log(show(staticRun));
console.log(show(continuousRun));
console.log(`continuous / static throughput: ${(continuousRun.outputTokensPerSecond / staticRun.outputTokensPerSecond).toFixed(1)}x`);

// An assumption, not a quote: change it to the price you are offered for one GPU-hour.
const assumedGpuUsdPerHour = 2.5;
const inputPerOutput = requests.reduce((sum, r) => sum + r.promptTokens, 0) / requests.reduce((sum, r) => sum + r.outputTokens, 0);
console.log(`\nBreak-even at an assumed $${assumedGpuUsdPerHour}/GPU-hour, ${continuousRun.outputTokensPerSecond.toFixed(0)} output tok/s, ${inputPerOutput.toFixed(2)} input tokens per output token:`);
for (const model of ['gpt-6-luna', 'claude-haiku-5-5', 'gpt-4.1-mini', 'gemini-3.8-flash']) {
  const row = priceOf(model);
  const api = apiUsdPerMillionOutput(row, inputPerOutput);
  const even = breakEvenUtilisation(assumedGpuUsdPerHour, continuousRun.outputTokensPerSecond, api);
  const gpuAtHalf = selfHostedUsdPerMillionOutput(assumedGpuUsdPerHour, continuousRun.outputTokensPerSecond, 0.5);
  const verdict = even > 1 ? 'never, even at 100%' : `above ${(even * 100).toFixed(0)}% utilisation`;
  console.log(`  ${model.padEnd(17)} API $${api.toFixed(2)}/M output (prices as of ${row.asOf}); GPU at 50% $${gpuAtHalf.toFixed(2)}/M; self-hosting wins ${verdict}`);
}
