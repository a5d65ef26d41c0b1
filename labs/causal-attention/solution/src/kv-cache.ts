import { checkShape, requireCount, type AttentionShape } from './attention-shape.ts';

export type { AttentionShape };

/** Bytes of KV cache that `batch` conversations of `tokens` tokens each hold, across all layers. */
export function kvCacheBytes(shape: AttentionShape, tokens: number, batch = 1): number {
  checkShape(shape);
  requireCount('tokens', tokens, 0);
  requireCount('batch', batch, 1);
  if (shape.heads % shape.kvHeads !== 0) {
    throw new RangeError(`kvCacheBytes: shape.kvHeads (${shape.kvHeads}) must divide shape.heads (${shape.heads}): each group of query heads shares one key-value head`);
  }
  // Only the key-value heads are stored: in grouped-query attention the query heads of a group read the same keys and values.
  const bytesPerToken = 2 * shape.layers * shape.kvHeads * shape.headDim * shape.bytesPerValue;
  return bytesPerToken * tokens * batch;
}
