import type { EmbeddingModelV4, LanguageModelV4, LanguageModelV4StreamPart, LanguageModelV4Usage } from '@ai-sdk/provider';
import { wrapEmbeddingModel, wrapLanguageModel } from 'ai';
import { reportUsage } from './usage.ts';

const report = (model: { provider: string; modelId: string }, usage: LanguageModelV4Usage) =>
  reportUsage({ provider: model.provider, modelId: model.modelId, inputTokens: usage.inputTokens.total ?? 0, outputTokens: usage.outputTokens.total ?? 0, kind: 'text' });

/**
 * Wraps any language model (AI SDK middleware) so that each call reports its
 * token usage through usage.ts: a generate call when it returns, a stream when
 * its finish part passes by.
 */
export function withUsageReporting(model: LanguageModelV4): LanguageModelV4 {
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: 'v4',
      wrapGenerate: async ({ doGenerate }) => {
        const result = await doGenerate();
        report(model, result.usage);
        return result;
      },
      wrapStream: async ({ doStream }) => {
        const result = await doStream();
        const watch = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
          transform(part, controller) {
            if (part.type === 'finish') report(model, part.usage);
            controller.enqueue(part);
          },
        });
        return { ...result, stream: result.stream.pipeThrough(watch) };
      },
    },
  });
}

/** The same for an embedding model: each call reports its input tokens (output tokens are 0). */
export function withEmbeddingUsageReporting(model: EmbeddingModelV4): EmbeddingModelV4 {
  return wrapEmbeddingModel({
    model,
    middleware: {
      specificationVersion: 'v4',
      wrapEmbed: async ({ doEmbed }) => {
        const result = await doEmbed();
        reportUsage({ provider: model.provider, modelId: model.modelId, inputTokens: result.usage?.tokens ?? 0, outputTokens: 0, kind: 'embedding' });
        return result;
      },
    },
  });
}
