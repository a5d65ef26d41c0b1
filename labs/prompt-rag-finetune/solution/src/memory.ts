import type { ModelShape } from './models.ts';

// GPU memory arithmetic. 1 GB here is 10^9 bytes, as GPU vendors count.
export const GB = 1e9;

/** Memory to hold the weights: parameters × bits per parameter ÷ 8 bits per byte. */
export function weightBytes(parameters: number, bitsPerParameter: number): number {
  return (parameters * bitsPerParameter) / 8;
}

export interface FineTuneEstimate {
  weights: number;
  gradients: number;
  optimizer: number;
  total: number;
}

/** Bytes per trained parameter of mixed-precision Adam's optimizer state: fp32 master weight, first and second moments. */
const adamStateBytes = 4 + 4 + 4;

/**
 * Full fine-tuning with mixed-precision Adam, counted as the ZeRO paper counts it
 * (Rajbhandari et al., 2019, arXiv:1910.02054): 2 + 2 + 12 = 16 bytes per parameter.
 * Activations are left out: they depend on batch size and sequence length.
 */
export function fullFineTuneBytes(parameters: number): FineTuneEstimate {
  const weights = weightBytes(parameters, 16);
  const gradients = weightBytes(parameters, 16);
  const optimizer = parameters * adamStateBytes;
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}

/** The matrices LoRA can adapt in a transformer layer. */
export type Target = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';

/** Trainable parameters of LoRA adapters of one rank on the given matrices of every layer. */
export function loraParameters(shape: ModelShape, rank: number, targets: Target[]): number {
  const sides: Record<Target, [number, number]> = {
    q: [shape.width, shape.width],
    k: [shape.width, shape.width],
    v: [shape.width, shape.width],
    o: [shape.width, shape.width],
    gate: [shape.width, shape.ffnWidth],
    up: [shape.width, shape.ffnWidth],
    down: [shape.ffnWidth, shape.width],
  };
  const perLayer = targets.reduce((sum, target) => sum + rank * (sides[target][0] + sides[target][1]), 0);
  return perLayer * shape.layers;
}

/**
 * LoRA: the base weights are frozen (16-bit, or 4-bit for QLoRA); only the adapters
 * are trained, so only they have gradients and optimizer state.
 */
export function loraFineTuneBytes(parameters: number, baseBits: 16 | 4, adapterParameters: number): FineTuneEstimate {
  const weights = weightBytes(parameters, baseBits) + weightBytes(adapterParameters, 16);
  const gradients = weightBytes(adapterParameters, 16);
  const optimizer = adapterParameters * adamStateBytes;
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}

/** The size of a saved adapter: its parameters in 16-bit. */
export function adapterCheckpointBytes(adapterParameters: number): number {
  return weightBytes(adapterParameters, 16);
}
