/** Each provider's response, read back into one ChatResult. */
import { count, field, type Json } from './read-field.ts';
import type { ChatResult } from './types.ts';

export function fromBedrock(body: unknown): ChatResult {
  const blocks = field('bedrock', body, ['output', 'message', 'content']) as Json[];
  const stopReason = field('bedrock', body, ['stopReason']);
  return {
    provider: 'bedrock',
    text: blocks.map((block) => (typeof block.text === 'string' ? block.text : '')).join(''),
    finishReason: stopReason === 'end_turn' || stopReason === 'stop_sequence' ? 'stop' : stopReason === 'max_tokens' ? 'length' : 'other',
    usage: {
      inputTokens: count('bedrock', body, ['usage', 'inputTokens']),
      outputTokens: count('bedrock', body, ['usage', 'outputTokens']),
      totalTokens: count('bedrock', body, ['usage', 'totalTokens']),
    },
  };
}

export function fromVertex(body: unknown): ChatResult {
  // TODO: read candidates[0], its finishReason and usageMetadata. Compare fromBedrock above.
  throw new Error('fromVertex is not written yet: see the TODO in src/normalise.ts.');
}

export function fromAzure(body: unknown): ChatResult {
  // TODO: read choices[0], its finish_reason and usage. Compare fromBedrock above.
  throw new Error('fromAzure is not written yet: see the TODO in src/normalise.ts.');
}
