/** One chat request, written in each provider's own request shape. */
import type { ChatRequest, Deployment, ProviderRequest } from './types.ts';

function need(deployment: Deployment, field: 'project' | 'resource' | 'apiVersion'): string {
  const value = deployment[field];
  if (!value) throw new Error(`deployments.${deployment.provider}.${field} is missing: a ${deployment.provider} URL cannot be built without it.`);
  return value;
}

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
  const project = need(deployment, 'project');
  const location = deployment.region;
  return {
    provider: 'vertex',
    method: 'POST',
    url: `https://${location}-aiplatform.googleapis.com/v1/projects/${project}/locations/${location}/publishers/google/models/${deployment.model}:generateContent`,
    auth: { scheme: 'oauth-bearer', audience: 'https://www.googleapis.com/auth/cloud-platform' },
    body: {
      systemInstruction: { parts: [{ text: request.system }] },
      // Gemini calls the assistant's turns "model".
      contents: request.messages.map((message) => ({ role: message.role === 'assistant' ? 'model' : 'user', parts: [{ text: message.content }] })),
      generationConfig: { maxOutputTokens: request.maxTokens, temperature: request.temperature },
    },
  };
}

/** Azure OpenAI in Azure AI Foundry, chat completions on a deployment. */
export function toAzure(request: ChatRequest, deployment: Deployment): ProviderRequest {
  const resource = need(deployment, 'resource');
  const apiVersion = need(deployment, 'apiVersion');
  return {
    provider: 'azure',
    method: 'POST',
    url: `https://${resource}.openai.azure.com/openai/deployments/${deployment.model}/chat/completions?api-version=${apiVersion}`,
    auth: { scheme: 'entra-bearer', header: 'authorization' },
    body: {
      messages: [{ role: 'system', content: request.system }, ...request.messages.map((message) => ({ role: message.role, content: message.content }))],
      max_tokens: request.maxTokens,
      temperature: request.temperature,
    },
  };
}
