// The GPU and the workload, as numbers you can change. This is a model, not a measurement:
// every figure below is an assumption, of a plausible size for a model of 8B parameters in 16-bit
// weights (16 GB) on one GPU with 24 GB of memory and about 1 TB/s of memory bandwidth:
// - decode reads every weight once per step: 16 GB ÷ 1 TB/s ≈ 16 ms, however many sequences share it;
// - prefill costs about 2 × 8B = 16 GFLOP a token; at an assumed 80 TFLOP/s achieved, 0.2 ms a token;
// - the KV cache gets what is left after weights and working memory, assumed 4 GiB: at 128 KiB a
//   token (32 layers × 8 KV heads × 128 × 2 bytes × 2), that is 32,768 tokens, 2,048 blocks of 16.
// Change them and rerun.

export interface GpuModel {
  /** Prefill is compute-bound: its time grows with the prompt tokens processed. */
  prefillMsPerToken: number;
  /** Decode is memory-bound: each step reads all the weights once, however many sequences share it. */
  decodeStepBaseMs: number;
  /** The extra time per sequence in the batch on one decode step. */
  decodeStepMsPerSequence: number;
  /** The extra time per thousand cached tokens read by attention on one decode step. */
  decodeStepMsPerThousandKvTokens: number;
  /** KV-cache memory left after the weights, in blocks of blockTokens tokens. */
  kvBlocks: number;
  blockTokens: number;
}

export const gpu: GpuModel = {
  prefillMsPerToken: 0.2,
  decodeStepBaseMs: 16,
  decodeStepMsPerSequence: 0.2,
  decodeStepMsPerThousandKvTokens: 0.05,
  kvBlocks: 2048,
  blockTokens: 16,
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
  arrivalsPerSecond: 40,
  promptTokens: { min: 50, max: 500 },
  meanOutputTokens: 200,
  maxOutputTokens: 1024,
};

/** How a scheduler may use the GPU. */
export interface SchedulerLimits {
  /** The most sequences in one batch. */
  maxBatch: number;
}
