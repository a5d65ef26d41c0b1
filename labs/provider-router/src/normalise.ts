/** Each provider's response, read back into one ChatResult. */
import type { ChatResult, ProviderName } from './types.ts';

type Json = Record<string, unknown>;

/** Reads a field along a path, and names the provider and the path when it is not there. */
export function field(provider: ProviderName, body: unknown, path: (string | number)[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in (value as Json))) {
      throw new Error(`${provider} response: ${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1)} is missing.`);
    }
    value = (value as Json)[key as string];
  }
  return value;
}

function count(provider: ProviderName, body: unknown, path: string[]): number {
  const value = field(provider, body, path);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${provider} response: ${path.join('.')} must be a whole number of tokens, not ${JSON.stringify(value)}.`);
  return value;
}

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
