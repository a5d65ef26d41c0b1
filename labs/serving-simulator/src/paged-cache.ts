/**
 * A paged KV cache: memory is cut into fixed-size blocks, and a sequence holds only the blocks its
 * tokens fill so far, wherever they are. Nothing is reserved for tokens not yet generated.
 */
export class PagedKvCache {
  readonly totalBlocks: number;
  readonly blockTokens: number;
  private readonly held = new Map<number, number>();
  private used = 0;
  private peak = 0;

  constructor(totalBlocks: number, blockTokens: number) {
    if (!Number.isInteger(totalBlocks) || totalBlocks <= 0) throw new Error(`PagedKvCache: totalBlocks must be a positive integer, got ${totalBlocks}`);
    if (!Number.isInteger(blockTokens) || blockTokens <= 0) throw new Error(`PagedKvCache: blockTokens must be a positive integer, got ${blockTokens}`);
    this.totalBlocks = totalBlocks;
    this.blockTokens = blockTokens;
  }

  get usedBlocks(): number { return this.used; }
  get freeBlocks(): number { return this.totalBlocks - this.used; }
  get peakUsedBlocks(): number { return this.peak; }
  blocksHeldBy(sequenceId: number): number { return this.held.get(sequenceId) ?? 0; }

  /** The blocks that hold this many tokens: a part-filled block is still a whole block. */
  blocksFor(tokens: number): number {
    // TODO: round up to whole blocks.
    return Math.floor(tokens / this.blockTokens);
  }

  /**
   * Make the sequence hold enough blocks for `tokens` tokens. If there are not enough free blocks,
   * change nothing and return false: the cache never holds more than totalBlocks.
   */
  ensure(sequenceId: number, tokens: number): boolean {
    const have = this.blocksHeldBy(sequenceId);
    const need = this.blocksFor(tokens) - have;
    if (need <= 0) return true;
    // TODO: refuse (and change nothing) when the free blocks cannot cover `need`.
    this.held.set(sequenceId, have + need);
    this.used += need;
    this.peak = Math.max(this.peak, this.used);
    return true;
  }

  /** Give back every block the sequence holds. */
  free(sequenceId: number): void {
    this.used -= this.blocksHeldBy(sequenceId);
    this.held.delete(sequenceId);
  }
}
