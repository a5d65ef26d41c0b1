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
 * Chat Completions: maps the data of one server-sent event to the lab's events.
 * (The [DONE] that ends the stream is not JSON: check for it first.)
 */
export function fromChatCompletions(data: string): StreamEvent[] {
  // TODO: map one Chat Completions event into StreamEvents:
  //  - the literal [DONE] ends the stream: { type: 'done' };
  //  - choices[0].delta.content, when it is a non-empty string, is a text delta;
  //  - a chunk with `usage` (the last one, which has no choices) is a usage event:
  //    prompt_tokens are input tokens, completion_tokens output tokens;
  //  - a chunk with an `error` field is an error event with its message.
  // Use parseEvent(data, 'chat-completions') for the JSON.
  return [];
}

/**
 * Responses API: maps one event, which names itself in its `type` field, to
 * the lab's events. There is no [DONE].
 */
export function fromResponses(data: string): StreamEvent[] {
  // TODO: map one Responses API event into StreamEvents:
  //  - response.output_text.delta: its `delta` is a text delta;
  //  - response.completed: response.usage (input_tokens, output_tokens) is a
  //    usage event, then the stream is done;
  //  - response.incomplete: the usage, then an error naming
  //    response.incomplete_details.reason: the answer was cut short;
  //  - response.failed: an error with response.error.message;
  //  - error: an error with its `message` (some servers nest it under `error`);
  //  - every other event (response.created, output items, tool-call arguments…)
  //    carries no text for the reader: [].
  // Use parseEvent(data, 'responses') for the JSON.
  return [];
}

/** The mapping for each wire format. */
export const toStreamEvents: Record<WireFormat, (data: string) => StreamEvent[]> = {
  'chat-completions': fromChatCompletions,
  responses: fromResponses,
};
