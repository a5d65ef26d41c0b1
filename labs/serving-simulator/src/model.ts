// The GPU and the workload, as numbers you can change. The GPU is not a guess: src/calibration.ts
// derives it from NVIDIA's L4 datasheet, Llama 3.1 8B's config and published vLLM measurements,
// each with its source. It is still a model of those figures, not a measurement of a GPU.
// Change the workload, or override a field of gpu after the spread (kvBlocks: 983 halves the
// cache), and rerun.
import { calibrate, llama31_8b, nvidiaL4, type GpuModel } from './calibration.ts';

export type { GpuModel } from './calibration.ts';

export const gpu: GpuModel = {
  ...calibrate(nvidiaL4, llama31_8b),
};

export interface WorkloadModel {
  seed: number;
  requests: number;
  /** Mean arrivals per second (a Poisson process). */
  arrivalsPerSecond: number;
  promptTokens: { min: number; max: number };
  /** Most answers are short and a few are long: lengths are drawn from an exponential, capped. */
  meanOutputTokens: number;
  /** The max_tokens every request is sent with: no answer is longer. */
  maxOutputTokens: number;
}

export const workload: WorkloadModel = {
  seed: 42,
  requests: 400,
  arrivalsPerSecond: 3,
  promptTokens: { min: 50, max: 500 },
  meanOutputTokens: 200,
  maxOutputTokens: 1024,
};

/** How a scheduler may use the GPU. */
export interface SchedulerLimits {
  /** The most sequences in one batch. */
  maxBatch: number;
}
