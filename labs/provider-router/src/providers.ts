/** Each provider's pair of functions: one request shape out, one response shape back. */
import { fromAzure, fromBedrock, fromVertex } from './normalise.ts';
import { toAzure, toBedrock, toVertex } from './shapes.ts';
import type { ChatRequest, ChatResult, Deployment, ProviderName, ProviderRequest } from './types.ts';

export const adapters: Record<ProviderName, { toRequest: (request: ChatRequest, deployment: Deployment) => ProviderRequest; fromResponse: (body: unknown) => ChatResult }> = {
  bedrock: { toRequest: toBedrock, fromResponse: fromBedrock },
  vertex: { toRequest: toVertex, fromResponse: fromVertex },
  azure: { toRequest: toAzure, fromResponse: fromAzure },
};

/** A rough input estimate, about four characters a token for English: the budget check needs a number before any provider has counted. */
export function estimateInputTokens(request: ChatRequest): number {
  const characters = request.system.length + request.messages.reduce((sum, message) => sum + message.content.length, 0);
  return Math.ceil(characters / 4) + 4 * (request.messages.length + 1);
}
