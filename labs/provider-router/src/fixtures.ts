/**
 * Recorded fixtures: one chat request, the HTTP request each provider expects for it, and a response
 * each might send back.
 *
 * ILLUSTRATIVE. These were written for the lab, not captured from live services. Their shapes follow
 * each provider's documented REST API as checked in December 2026:
 * - AWS Bedrock Converse: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html
 * - Vertex AI generateContent: https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/inference
 * - Azure OpenAI chat completions: https://learn.microsoft.com/en-us/azure/ai-services/openai/reference
 * The model names, project, resource, texts and token counts are made up. Real responses carry more
 * fields (ids, metrics, safety ratings, filter results) that the lab leaves out.
 */
import type { ChatRequest, Deployment, ProviderName, ProviderRequest } from './types.ts';

export const chatRequest: ChatRequest = {
  system: 'You are the help desk of a small shop. Answer in one sentence.',
  messages: [
    { role: 'user', content: 'Where is order ord-1042?' },
    { role: 'assistant', content: 'It left the warehouse on Monday.' },
    { role: 'user', content: 'When will it arrive?' },
  ],
  maxTokens: 200,
  temperature: 0.2,
};

export const deployments: Record<ProviderName, Deployment> = {
  bedrock: { provider: 'bedrock', region: 'eu-west-2', model: 'example.chat-model-v1:0' },
  vertex: { provider: 'vertex', region: 'europe-west2', model: 'example-chat-model', project: 'shop-prod' },
  azure: { provider: 'azure', region: 'uksouth', model: 'chat-prod', resource: 'shop-uks', apiVersion: '2024-10-21' },
};

export const recordedRequests: Record<ProviderName, ProviderRequest> = {
  bedrock: {
    provider: 'bedrock',
    method: 'POST',
    url: 'https://bedrock-runtime.eu-west-2.amazonaws.com/model/example.chat-model-v1%3A0/converse',
    auth: { scheme: 'sigv4', service: 'bedrock', region: 'eu-west-2' },
    body: {
      system: [{ text: 'You are the help desk of a small shop. Answer in one sentence.' }],
      messages: [
        { role: 'user', content: [{ text: 'Where is order ord-1042?' }] },
        { role: 'assistant', content: [{ text: 'It left the warehouse on Monday.' }] },
        { role: 'user', content: [{ text: 'When will it arrive?' }] },
      ],
      inferenceConfig: { maxTokens: 200, temperature: 0.2 },
    },
  },
  vertex: {
    provider: 'vertex',
    method: 'POST',
    url: 'https://europe-west2-aiplatform.googleapis.com/v1/projects/shop-prod/locations/europe-west2/publishers/google/models/example-chat-model:generateContent',
    auth: { scheme: 'oauth-bearer', audience: 'https://www.googleapis.com/auth/cloud-platform' },
    body: {
      systemInstruction: { parts: [{ text: 'You are the help desk of a small shop. Answer in one sentence.' }] },
      contents: [
        { role: 'user', parts: [{ text: 'Where is order ord-1042?' }] },
        { role: 'model', parts: [{ text: 'It left the warehouse on Monday.' }] },
        { role: 'user', parts: [{ text: 'When will it arrive?' }] },
      ],
      generationConfig: { maxOutputTokens: 200, temperature: 0.2 },
    },
  },
  azure: {
    provider: 'azure',
    method: 'POST',
    url: 'https://shop-uks.openai.azure.com/openai/deployments/chat-prod/chat/completions?api-version=2024-10-21',
    auth: { scheme: 'entra-bearer', header: 'authorization' },
    body: {
      messages: [
        { role: 'system', content: 'You are the help desk of a small shop. Answer in one sentence.' },
        { role: 'user', content: 'Where is order ord-1042?' },
        { role: 'assistant', content: 'It left the warehouse on Monday.' },
        { role: 'user', content: 'When will it arrive?' },
      ],
      max_tokens: 200,
      temperature: 0.2,
    },
  },
};

export const recordedResponses: Record<ProviderName, unknown> = {
  bedrock: {
    output: { message: { role: 'assistant', content: [{ text: 'It should arrive on Thursday.' }] } },
    stopReason: 'end_turn',
    usage: { inputTokens: 41, outputTokens: 8, totalTokens: 49 },
    metrics: { latencyMs: 412 },
  },
  vertex: {
    candidates: [{ content: { role: 'model', parts: [{ text: 'It should arrive on Thursday.' }] }, finishReason: 'STOP' }],
    usageMetadata: { promptTokenCount: 39, candidatesTokenCount: 7, totalTokenCount: 46 },
    modelVersion: 'example-chat-model',
  },
  azure: {
    id: 'chatcmpl-example',
    object: 'chat.completion',
    model: 'example-chat-model',
    choices: [{ index: 0, message: { role: 'assistant', content: 'It should arrive on Thursday.' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 44, completion_tokens: 8, total_tokens: 52 },
  },
};

/** Answers cut short at the token limit, one per provider, for the finish-reason mapping. */
export const truncatedResponses: Record<ProviderName, unknown> = {
  bedrock: {
    output: { message: { role: 'assistant', content: [{ text: 'It should' }] } },
    stopReason: 'max_tokens',
    usage: { inputTokens: 41, outputTokens: 2, totalTokens: 43 },
  },
  vertex: {
    candidates: [{ content: { role: 'model', parts: [{ text: 'It ' }, { text: 'should' }] }, finishReason: 'MAX_TOKENS' }],
    usageMetadata: { promptTokenCount: 39, candidatesTokenCount: 2, totalTokenCount: 41 },
  },
  azure: {
    choices: [{ index: 0, message: { role: 'assistant', content: 'It should' }, finish_reason: 'length' }],
    usage: { prompt_tokens: 44, completion_tokens: 2, total_tokens: 46 },
  },
};
