import type { ModelShape } from './models.ts';

// GPU memory arithmetic. 1 GB here is 10^9 bytes, as GPU vendors count.
export const GB = 1e9;

/** Memory to hold the weights, in bytes. */
export function weightBytes(parameters: number, bitsPerParameter: number): number {
  // TODO: each parameter takes bitsPerParameter bits; there are 8 bits in a byte.
  return 0;
}

export interface FineTuneEstimate {
  weights: number;
  gradients: number;
  optimizer: number;
  total: number;
}

/**
 * Full fine-tuning with mixed-precision Adam, counted as the ZeRO paper counts it
 * (Rajbhandari et al., 2019, arXiv:1910.02054). Activations are left out: they
 * depend on batch size and sequence length.
 */
export function fullFineTuneBytes(parameters: number): FineTuneEstimate {
  // TODO: every weight is trained, so for each parameter you hold
  //  - the weight in 16-bit (2 bytes) and its 16-bit gradient (2 bytes);
  //  - the optimizer state, all in 32-bit: a master copy of the weight and
  //    Adam's two moment estimates (4 + 4 + 4 = 12 bytes).
  return { weights: 0, gradients: 0, optimizer: 0, total: 0 };
}

/** The matrices LoRA can adapt in a transformer layer. */
export type Target = 'q' | 'k' | 'v' | 'o' | 'gate' | 'up' | 'down';

/** Trainable parameters of LoRA adapters of one rank on the given matrices of every layer. */
export function loraParameters(shape: ModelShape, rank: number, targets: Target[]): number {
  // TODO: LoRA adds, beside a frozen d_in × d_out matrix, two trainable matrices of
  // d_in × rank and rank × d_out: rank × (d_in + d_out) parameters.
  //  - q, k, v and o are width × width;
  //  - gate and up are width × ffnWidth; down is ffnWidth × width.
  // Sum over the targets, times the number of layers.
  return 0;
}

/**
 * LoRA: the base weights are frozen (16-bit, or 4-bit for QLoRA); only the adapters
 * are trained, so only they have gradients and optimizer state.
 */
export function loraFineTuneBytes(parameters: number, baseBits: 16 | 4, adapterParameters: number): FineTuneEstimate {
  // TODO: weights = the frozen base at baseBits + the adapters in 16-bit;
  // gradients and the 12 bytes of optimizer state exist for the adapters only.
  return { weights: 0, gradients: 0, optimizer: 0, total: 0 };
}

/** The size of a saved adapter: its parameters in 16-bit. */
export function adapterCheckpointBytes(adapterParameters: number): number {
  // TODO
  return 0;
}
