// Tracing for model calls, as AI SDK middleware: wrapLanguageModel({ model, middleware }) puts
// wrapGenerate around every doGenerate call the SDK makes, so each step of generateText, tool
// steps included, becomes one span named and described as the OpenTelemetry GenAI conventions say.
import type { LanguageModelMiddleware } from 'ai';
import type { Tracer } from './tracer.ts';
import { answerText, promptText } from './content.ts';

export interface TracingOptions {
  /** Record the prompt and the answer on the span. Off by default: prompts hold personal data. */
  captureContent?: boolean;
}

export function tracingMiddleware(tracer: Tracer, options: TracingOptions = {}): LanguageModelMiddleware {
  return {
    wrapGenerate: async ({ doGenerate, params, model }) => {
      const span = tracer.startSpan(`chat ${model.modelId}`, {
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': model.provider,
        'gen_ai.request.model': model.modelId,
      });
      if (params.maxOutputTokens !== undefined) span.attributes['gen_ai.request.max_tokens'] = params.maxOutputTokens;
      if (options.captureContent) span.attributes['gen_ai.input.messages'] = promptText(params.prompt);

      try {
        const result = await doGenerate();
        span.attributes['gen_ai.usage.input_tokens'] = result.usage.inputTokens.total ?? 0;
        span.attributes['gen_ai.usage.output_tokens'] = result.usage.outputTokens.total ?? 0;
        span.attributes['gen_ai.response.finish_reasons'] = [result.finishReason.unified];
        if (options.captureContent) span.attributes['gen_ai.output.messages'] = answerText(result.content);
        tracer.endSpan(span, 'ok');
        return result;
      } catch (error) {
        span.attributes['error.type'] = error instanceof Error ? error.name : 'unknown';
        tracer.endSpan(span, 'error');
        throw error;
      }
    },
  };
}
