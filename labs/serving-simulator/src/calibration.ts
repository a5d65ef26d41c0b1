// Where the simulator's GPU comes from: published figures for one real GPU and one real model,
// turned into step costs by a roofline model. Each figure carries its source and the month it was
// checked. The model is a model: it is calibrated to these figures, not measured on a GPU here.
//
// Roofline: a step takes as long as the slower of its memory traffic and its arithmetic.
// - decode step: read every weight once plus every cached key and value in the batch, at the
//   achieved bandwidth; or 2 FLOP per parameter per sequence, at the achieved FLOP rate;
// - prefill: 2 FLOP per parameter per prompt token at the achieved FLOP rate (or one read of the
//   weights, for a very short prompt).
// Attention arithmetic (a few per cent at these prompt lengths), kernel launches and the CPU
// side of the scheduler are left out.

/** A GPU as its datasheet describes it. */
export interface GpuSpec {
  name: string;
  /** Memory bandwidth, bytes a second. */
  bandwidthBytesPerSecond: number;
  /** Dense (not 2:4 sparse) BF16 tensor-core throughput, FLOP a second. */
  denseBf16FlopsPerSecond: number;
}

/** A decoder-only transformer as its config.json describes it. */
export interface ModelShape {
  name: string;
  layers: number;
  hiddenSize: number;
  intermediateSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  /** Bytes per weight and per cached number: 2 for BF16. */
  bytesPerValue: number;
}

// NVIDIA L4 datasheet (https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet),
// checked December 2026 through copies of its table, e.g. github.com/winston-zhang-orz/gpu-specs
// (specs.md: BF16 tensor core 121 TFLOPS dense, 242 with sparsity) and the listing at
// store.sourcecode.com (24 GB GDDR6, 300 GB/s).
export const nvidiaL4: GpuSpec = {
  name: 'NVIDIA L4 (24 GB)',
  bandwidthBytesPerSecond: 300e9,
  denseBf16FlopsPerSecond: 121e12,
};

// Llama 3.1 8B, config.json (https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json),
// checked December 2026 through the public copy at huggingface.co/NbAiLab/nb-llama-3.1-8B (same
// values, _name_or_path meta-llama/Llama-3.1-8B).
export const llama31_8b: ModelShape = {
  name: 'Llama 3.1 8B (BF16)',
  layers: 32,
  hiddenSize: 4096,
  intermediateSize: 14336,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  vocabSize: 128256,
  bytesPerValue: 2,
};

/** Weights of a Llama-style model: embeddings, an untied output layer, and per layer attention, a gated MLP and two norms. */
export function parameterCount(m: ModelShape): number {
  const attention = m.hiddenSize * m.attentionHeads * m.headDim * 2 + m.hiddenSize * m.kvHeads * m.headDim * 2;
  const mlp = 3 * m.hiddenSize * m.intermediateSize;
  const perLayer = attention + mlp + 2 * m.hiddenSize;
  return 2 * m.vocabSize * m.hiddenSize + m.layers * perLayer + m.hiddenSize;
}

/** Keys and values, at every layer, for one token. */
export function kvBytesPerToken(m: ModelShape): number {
  return 2 * m.layers * m.kvHeads * m.headDim * m.bytesPerValue;
}

const GiB = 2 ** 30;

// Efficiency factors: the share of the datasheet's peak that a serving engine reaches.
// - decode reaches about 77% of the memory-bandwidth ceiling at one request in flight: Llama 3.1 8B
//   Instruct in BF16, vLLM 0.23, A100 40GB, about 75 tokens/s (https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on,
//   checked December 2026). We take 0.77; test/calibration.test.ts checks the result against a
//   second, independent measurement on another GPU.
// - prefill: we found no published measurement of the share of the L4's peak FLOP rate that
//   prefill reaches, so 0.5 is an assumption, not a calibrated figure.
export const efficiency = {
  decodeBandwidth: 0.77,
  prefillCompute: 0.5,
};

// How vLLM sizes its KV cache on a 24 GB GPU, from one published log of this model (vLLM issue
// #10517, https://github.com/vllm-project/vllm/issues/10517, a 24 GB RTX 3090, checked December 2026):
// the card reported 23.58 GiB; vLLM kept its default gpu_memory_utilization of 0.90, and the peak
// of activations over the weights (17.06 − 14.99 GiB) plus non-torch memory (0.35 GiB) came to
// 2.42 GiB; what was left held 1,952 blocks of 16 tokens. We found no such log for the L4, so we
// assume the same 23.58 GiB usable and the same working memory (which grows with vLLM's
// max_model_len; that log used 20,000 tokens).
export const memory = {
  usableBytes: 23.58 * GiB,
  gpuMemoryUtilization: 0.9,
  workingBytes: (17.06 - 14.9888 + 0.35) * GiB,
  blockTokens: 16,
};

/** What the simulator needs to know to time a step and to size the cache. */
export interface GpuModel {
  name: string;
  weightBytes: number;
  kvBytesPerToken: number;
  /** 2 × parameters: the FLOP one token costs in a forward pass. */
  flopsPerToken: number;
  /** Bandwidth and FLOP rate after the efficiency factors: what the GPU achieves, not its peak. */
  achievedBandwidth: number;
  achievedFlops: number;
  /** KV-cache memory left after the weights and working memory, in blocks of blockTokens tokens. */
  kvBlocks: number;
  blockTokens: number;
}

export function calibrate(spec: GpuSpec, model: ModelShape, mem = memory, eff = efficiency): GpuModel {
  const weightBytes = parameterCount(model) * model.bytesPerValue;
  const perToken = kvBytesPerToken(model);
  const cacheBytes = mem.usableBytes * mem.gpuMemoryUtilization - weightBytes - mem.workingBytes;
  const kvBlocks = Math.floor(cacheBytes / (perToken * mem.blockTokens));
  if (kvBlocks <= 0) throw new Error(`calibrate: ${model.name} leaves no room for a KV cache on ${spec.name} (${(cacheBytes / GiB).toFixed(2)} GiB)`);
  return {
    name: `${model.name} on ${spec.name}`,
    weightBytes,
    kvBytesPerToken: perToken,
    flopsPerToken: 2 * parameterCount(model),
    achievedBandwidth: spec.bandwidthBytesPerSecond * eff.decodeBandwidth,
    achievedFlops: spec.denseBf16FlopsPerSecond * eff.prefillCompute,
    kvBlocks,
    blockTokens: mem.blockTokens,
  };
}

// Published single-request decode rates of Llama 3.1 8B (BF16) in vLLM, for checking the model
// against measurements (test/calibration.test.ts). The first is the one decodeBandwidth was read
// from; the second was not used to set anything.
export interface MeasuredDecode {
  gpu: GpuSpec;
  tokensPerSecond: number;
  /** Tokens already in the cache while decoding, on average: the prompt plus half the answer. */
  contextTokens: number;
  usedToCalibrate: boolean;
  source: string;
}

export const measuredDecodes: MeasuredDecode[] = [
  {
    // A100 40GB: 1,555 GB/s (NVIDIA A100 datasheet, https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet.pdf, checked December 2026).
    gpu: { name: 'NVIDIA A100 40GB', bandwidthBytesPerSecond: 1555e9, denseBf16FlopsPerSecond: 312e12 },
    tokensPerSecond: 75,
    contextTokens: 1024 + 64,
    usedToCalibrate: true,
    source: 'https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on (1,024 in, 128 out, one request at a time; checked December 2026)',
  },
  {
    // H100 SXM 80GB (HBM3): 3.35 TB/s (NVIDIA H100 datasheet, https://resources.nvidia.com/en-us-hopper-architecture/nvidia-tensor-core-gpu-datasheet,
    // checked December 2026 through copies; some early copies give 3 TB/s, which puts the model 6.5% below the measurement instead of 4% above).
    gpu: { name: 'NVIDIA H100 SXM 80GB', bandwidthBytesPerSecond: 3.35e12, denseBf16FlopsPerSecond: 989e12 },
    // Median time per output token of 6.48 ms at concurrency 1, vLLM 0.21.0, a short chatbot prompt.
    tokensPerSecond: 1000 / 6.48,
    contextTokens: 256,
    usedToCalibrate: false,
    source: 'https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/ (measured 2026-05-16; checked December 2026)',
  },
];
