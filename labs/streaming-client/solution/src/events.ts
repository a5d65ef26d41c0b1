/**
 * The one kind of event the client reads, whichever wire format the provider
 * speaks. Each wire format is mapped into it by a function of its own, so the
 * rest of the client never looks at a provider's JSON.
 */
export type StreamEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'usage'; inputTokens: number; outputTokens: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** OpenAI's Chat Completions (also spoken by Ollama, vLLM, OpenRouter…) or OpenAI's Responses API. */
export type WireFormat = 'chat-completions' | 'responses';

// Only the fields this lab reads; the real payloads carry many more.
interface ChatCompletionChunk {
  choices?: Array<{ delta?: { content?: string | null } }>;
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  error?: { message?: string };
}

interface ResponsesEvent {
  type: string;
  delta?: string;
  message?: string;
  error?: { message?: string } | null;
  response?: {
    usage?: { input_tokens: number; output_tokens: number } | null;
    error?: { code?: string; message?: string } | null;
    incomplete_details?: { reason?: string } | null;
  };
}

/** Parses one event's data as JSON, or fails with an error that says which format sent what. */
function parseEvent<T>(data: string, format: WireFormat): T {
  try {
    return JSON.parse(data) as T;
  } catch {
    throw new Error(`The ${format} stream sent an event whose data is not JSON: ${data.slice(0, 80)}`);
  }
}

/**
 * Chat Completions: text arrives in choices[0].delta.content; with
 * stream_options.include_usage a last chunk carries usage and no choices; the
 * stream ends with the literal `[DONE]`; a chunk with an `error` field reports a
 * failure after the 200.
 */
export function fromChatCompletions(data: string): StreamEvent[] {
  if (data === '[DONE]') return [{ type: 'done' }];
  const chunk = parseEvent<ChatCompletionChunk>(data, 'chat-completions');
  if (chunk.error) return [{ type: 'error', message: chunk.error.message ?? 'unknown error' }];
  const events: StreamEvent[] = [];
  const text = chunk.choices?.[0]?.delta?.content;
  if (text) events.push({ type: 'text-delta', text });
  if (chunk.usage) events.push({ type: 'usage', inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens });
  return events;
}

/**
 * Responses API: every event names itself in `type`. Text arrives in
 * response.output_text.delta; response.completed carries the whole response,
 * usage included, and ends the stream (there is no [DONE]). Failures come as
 * `error` or response.failed, and response.incomplete means the answer was cut
 * short. Everything else (lifecycle, output items, tool-call arguments) carries
 * no text for the reader.
 */
export function fromResponses(data: string): StreamEvent[] {
  const event = parseEvent<ResponsesEvent>(data, 'responses');
  const usage = (): StreamEvent[] => {
    const counts = event.response?.usage;
    return counts ? [{ type: 'usage', inputTokens: counts.input_tokens, outputTokens: counts.output_tokens }] : [];
  };
  switch (event.type) {
    case 'response.output_text.delta':
      return event.delta ? [{ type: 'text-delta', text: event.delta }] : [];
    case 'response.completed':
      return [...usage(), { type: 'done' }];
    case 'response.incomplete':
      return [...usage(), { type: 'error', message: `the response is incomplete (${event.response?.incomplete_details?.reason ?? 'no reason given'})` }];
    case 'response.failed':
      return [{ type: 'error', message: event.response?.error?.message ?? 'the response failed' }];
    case 'error':
      // The SDK's type puts message at the top level; some servers nest it under `error`.
      return [{ type: 'error', message: event.message ?? event.error?.message ?? 'unknown error' }];
    default:
      return [];
  }
}

/** The mapping for each wire format. */
export const toStreamEvents: Record<WireFormat, (data: string) => StreamEvent[]> = {
  'chat-completions': fromChatCompletions,
  responses: fromResponses,
};
