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

      // TODO: record what the call used and how it ended: gen_ai.usage.input_tokens and
      // gen_ai.usage.output_tokens from result.usage, gen_ai.response.finish_reasons as a list
      // holding result.finishReason.unified, and (with captureContent) gen_ai.output.messages.
      // TODO: a call that throws must still end its span, with status 'error' and an error.type
      // attribute (the error's name), and the error must reach the caller.
      const result = await doGenerate();
      tracer.endSpan(span, 'ok');
      return result;
    },
  };
}
