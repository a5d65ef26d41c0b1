import type { SchedulerLimits } from './model.ts';
import type { PagedKvCache } from './paged-cache.ts';
import type { Request } from './workload.ts';

export interface Sequence {
  request: Request;
  /** Output tokens generated so far. */
  generated: number;
  firstToken?: number;
}

/** The tokens whose keys and values a sequence keeps: its prompt and what it has generated. */
export function tokensHeld(sequence: Sequence): number {
  return sequence.request.promptTokens + sequence.generated;
}

/**
 * Move waiting sequences, oldest first, into the running batch while the batch has room and the
 * cache can give each one the blocks for its prompt (and what it had generated before any
 * preemption) plus one token. Stop at the first that does not fit, so that nobody is overtaken.
 * Return the sequences admitted.
 */
export function admit(waiting: Sequence[], running: Sequence[], cache: PagedKvCache, limits: SchedulerLimits): Sequence[] {
  const admitted: Sequence[] = [];
  // TODO: admit while the batch runs, not only when it is empty.
  if (running.length > 0) return admitted;
  while (running.length < limits.maxBatch) {
    const next = waiting[0];
    if (!next || !cache.ensure(next.request.id, tokensHeld(next) + 1)) break;
    running.push(waiting.shift()!);
    admitted.push(next);
  }
  return admitted;
}

/**
 * Before a decode step every running sequence needs room for one more token. When the cache has no
 * free block for one, preempt the sequence admitted last: free its blocks and put it back at the
 * front of the queue (it will be prefilled again, prompt and tokens so far, when it returns).
 * Return how many sequences were preempted.
 */
export function makeRoomToDecode(running: Sequence[], waiting: Sequence[], cache: PagedKvCache): number {
  let preempted = 0;
  for (const sequence of running) {
    if (!cache.ensure(sequence.request.id, tokensHeld(sequence) + 1)) {
      // TODO: preempt the sequence admitted last (free its blocks, put it back at the front of waiting) until this one fits.
      throw new Error(`makeRoomToDecode: no free KV block for request ${sequence.request.id}, and preemption is not written yet`);
    }
  }
  return preempted;
}
