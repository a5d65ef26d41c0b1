/** One chat request, written in each provider's own request shape. */
import type { ChatRequest, Deployment, ProviderRequest } from './types.ts';

/** AWS Bedrock, Converse API: content is a list of blocks, the system prompt sits outside the messages. */
export function toBedrock(request: ChatRequest, deployment: Deployment): ProviderRequest {
  return {
    provider: 'bedrock',
    method: 'POST',
    url: `https://bedrock-runtime.${deployment.region}.amazonaws.com/model/${encodeURIComponent(deployment.model)}/converse`,
    auth: { scheme: 'sigv4', service: 'bedrock', region: deployment.region },
    body: {
      system: [{ text: request.system }],
      messages: request.messages.map((message) => ({ role: message.role, content: [{ text: message.content }] })),
      inferenceConfig: { maxTokens: request.maxTokens, temperature: request.temperature },
    },
  };
}

/** Google Vertex AI, Gemini generateContent. */
export function toVertex(request: ChatRequest, deployment: Deployment): ProviderRequest {
  // TODO: build the generateContent request. Compare recordedRequests.vertex in src/fixtures.ts.
  throw new Error(`toVertex is not written yet (asked for ${deployment.model}): see the TODO in src/shapes.ts.`);
}

/** Azure OpenAI in Azure AI Foundry, chat completions on a deployment. */
export function toAzure(request: ChatRequest, deployment: Deployment): ProviderRequest {
  // TODO: build the chat completions request. Compare recordedRequests.azure in src/fixtures.ts.
  throw new Error(`toAzure is not written yet (asked for ${deployment.model}): see the TODO in src/shapes.ts.`);
}
