// Models whose provider package is loaded on the first call. getModel() stays
// synchronous, and a lab on the stand-in never loads the OpenAI-compatible or
// Anthropic provider code (in the page, never downloads it).
import type { EmbeddingModelV4, LanguageModelV4 } from '@ai-sdk/provider';

export function languageModelOnDemand(provider: string, modelId: string, load: () => Promise<LanguageModelV4>): LanguageModelV4 {
  let model: Promise<LanguageModelV4> | undefined;
  const loaded = () => (model ??= load());
  return {
    specificationVersion: 'v4',
    provider,
    modelId,
    get supportedUrls() {
      return loaded().then((real) => real.supportedUrls);
    },
    doGenerate: async (options) => (await loaded()).doGenerate(options),
    doStream: async (options) => (await loaded()).doStream(options),
  };
}

export function embeddingModelOnDemand(provider: string, modelId: string, load: () => Promise<EmbeddingModelV4>): EmbeddingModelV4 {
  let model: Promise<EmbeddingModelV4> | undefined;
  const loaded = () => (model ??= load());
  return {
    specificationVersion: 'v4',
    provider,
    modelId,
    get maxEmbeddingsPerCall() {
      return loaded().then((real) => real.maxEmbeddingsPerCall);
    },
    get supportsParallelCalls() {
      return loaded().then((real) => real.supportsParallelCalls);
    },
    doEmbed: async (options) => (await loaded()).doEmbed(options),
  };
}
