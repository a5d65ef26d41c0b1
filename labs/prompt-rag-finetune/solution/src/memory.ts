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

/**
 * Full fine-tuning in 16-bit with Adam: the weights, a gradient per weight, and
 * Adam's two moment estimates per weight, kept in 32-bit. Activations are left
 * out: they depend on batch size and sequence length.
 */
export function fullFineTuneBytes(parameters: number): FineTuneEstimate {
  const weights = weightBytes(parameters, 16);
  const gradients = weightBytes(parameters, 16);
  const optimizer = 2 * weightBytes(parameters, 32);
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}

/**
 * LoRA: the base weights are frozen (16-bit, or 4-bit for QLoRA); only the small
 * adapters (a fraction of the parameters) get gradients and optimizer state.
 */
export function loraFineTuneBytes(parameters: number, baseBits: 16 | 4, adapterFraction = 0.01): FineTuneEstimate {
  const adapters = parameters * adapterFraction;
  const weights = weightBytes(parameters, baseBits) + weightBytes(adapters, 16);
  const gradients = weightBytes(adapters, 16);
  const optimizer = 2 * weightBytes(adapters, 32);
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}
