import { checkShape, requireCount, type AttentionShape } from './attention-shape.ts';

export type { AttentionShape };

/** Bytes of KV cache that `batch` conversations of `tokens` tokens each hold, across all layers. */
export function kvCacheBytes(shape: AttentionShape, tokens: number, batch = 1): number {
  checkShape(shape);
  requireCount('tokens', tokens, 0);
  requireCount('batch', batch, 1);
  // TODO: grouped-query attention. Reject a shape whose kvHeads does not divide heads
  // evenly (each group of query heads shares one key-value head, so 64 or 3 cannot go with 32),
  // with an error that names shape.kvHeads.
  // TODO: 2 (a key and a value) × layers × key-value heads × head size × bytes per value,
  // for every token of every conversation. Which of the two head counts is stored?
  return 0;
}
