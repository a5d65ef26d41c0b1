/** The attention shape of a model, as its config file gives it. */
export interface AttentionShape {
  /** Transformer layers; each keeps its own keys and values. */
  layers: number;
  /** Query heads per layer. */
  heads: number;
  /** Key-value heads per layer: equal to heads in multi-head attention, fewer in grouped-query attention. */
  kvHeads: number;
  /** The size of one head's key (and value) vector. */
  headDim: number;
  /** Bytes per stored number: 2 for 16-bit, 1 for 8-bit, 0.5 for 4-bit. */
  bytesPerValue: number;
}

/** Throws an error that names the field when a count is not a whole number of at least `min`. */
export function requireCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`kvCacheBytes: ${name} must be a whole number of at least ${min}, got ${value}`);
}

/** Checks every field of a shape, naming the first field that is impossible. */
export function checkShape(shape: AttentionShape): void {
  for (const field of ['layers', 'heads', 'kvHeads', 'headDim'] as const) requireCount(`shape.${field}`, shape[field], 1);
  if (!(shape.bytesPerValue > 0)) throw new RangeError(`kvCacheBytes: shape.bytesPerValue must be above 0, got ${shape.bytesPerValue}`);
}
