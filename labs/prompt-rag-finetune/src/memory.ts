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
 * Full fine-tuning in 16-bit with Adam. Activations are left out: they depend
 * on batch size and sequence length.
 */
export function fullFineTuneBytes(parameters: number): FineTuneEstimate {
  // TODO: every weight is trained, so you hold
  //  - the weights in 16-bit,
  //  - one 16-bit gradient per weight,
  //  - Adam's two moment estimates per weight, each in 32-bit.
  return { weights: 0, gradients: 0, optimizer: 0, total: 0 };
}

/**
 * LoRA: the base weights are frozen (16-bit, or 4-bit for QLoRA); only the small
 * adapters (a fraction of the parameters) get gradients and optimizer state.
 */
export function loraFineTuneBytes(parameters: number, baseBits: 16 | 4, adapterFraction = 0.01): FineTuneEstimate {
  // TODO: weights = the frozen base at baseBits + the adapters in 16-bit;
  // gradients and Adam's two 32-bit moments exist for the adapters only.
  return { weights: 0, gradients: 0, optimizer: 0, total: 0 };
}
