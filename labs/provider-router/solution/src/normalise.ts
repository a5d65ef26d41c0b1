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
  const parts = field('vertex', body, ['candidates', 0, 'content', 'parts']) as Json[];
  const finishReason = field('vertex', body, ['candidates', 0, 'finishReason']);
  return {
    provider: 'vertex',
    text: parts.map((part) => (typeof part.text === 'string' ? part.text : '')).join(''),
    finishReason: finishReason === 'STOP' ? 'stop' : finishReason === 'MAX_TOKENS' ? 'length' : 'other',
    usage: {
      inputTokens: count('vertex', body, ['usageMetadata', 'promptTokenCount']),
      outputTokens: count('vertex', body, ['usageMetadata', 'candidatesTokenCount']),
      totalTokens: count('vertex', body, ['usageMetadata', 'totalTokenCount']),
    },
  };
}

export function fromAzure(body: unknown): ChatResult {
  const content = field('azure', body, ['choices', 0, 'message', 'content']);
  const finishReason = field('azure', body, ['choices', 0, 'finish_reason']);
  return {
    provider: 'azure',
    text: typeof content === 'string' ? content : '',
    finishReason: finishReason === 'stop' ? 'stop' : finishReason === 'length' ? 'length' : 'other',
    usage: {
      inputTokens: count('azure', body, ['usage', 'prompt_tokens']),
      outputTokens: count('azure', body, ['usage', 'completion_tokens']),
      totalTokens: count('azure', body, ['usage', 'total_tokens']),
    },
  };
}
