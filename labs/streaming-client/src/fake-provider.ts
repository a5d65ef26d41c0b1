// A stand-in for an OpenAI-compatible endpoint, as a fetch function. It plays a
// script of answers (errors first, then a stream), so retries, timeouts and chunk
// boundaries can be exercised offline and deterministically. A URL that ends in
// /responses gets the Responses API's events; any other gets Chat Completions'.
// You do not need to change this file.

type Usage = { inputTokens: number; outputTokens: number };

/**
 * How a streamed answer breaks off after some deltas: it goes silent, the
 * connection closes, or the provider sends an error event and closes.
 */
export interface Interruption {
  afterDeltas: number;
  /**
   * 'stall': no more bytes for stallMs (default 5,000), then the connection is reset.
   * 'close': the body ends, without its final event.
   * 'error': the wire format's error event(s) with `message`, then the body ends.
   */
  then: 'stall' | 'close' | 'error';
  stallMs?: number;
  message?: string;
}

export type ScriptedAnswer =
  | { status: number; retryAfterSeconds?: number; body?: string }
  | {
      status: 200;
      deltas: string[];
      /** Bytes per network chunk (default 7, which splits lines and even UTF-8 characters). */
      chunkSize?: number;
      /** A pause before each event, as if the model were writing it. */
      delayMs?: number;
      usage?: Usage;
      interrupt?: Interruption;
    };

export interface FakeProvider {
  fetch: typeof fetch;
  /** How many requests the provider has received. */
  readonly requests: number;
}

const sleep = (ms: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // The listener must go when the timer fires: one left per wait piles up on a long-lived signal.
    const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** One server-sent event, or a comment line such as a keep-alive. */
type WireEvent = { comment: string } | { event?: string; data: object | string };

/** A stream's events, split where the deltas start and end. */
interface StreamParts {
  head: WireEvent[];
  deltas: WireEvent[];
  tail: WireEvent[];
  /** What the provider sends when it fails mid-stream. */
  failure(message: string): WireEvent[];
  /** The Responses API numbers its events with sequence_number. */
  numbered: boolean;
}

/** The SSE text of each event, numbered in the order they are sent when the format numbers them. */
function encode(events: WireEvent[], numbered: boolean): string[] {
  let sequence = 0;
  return events.map((wire) => {
    if ('comment' in wire) return `: ${wire.comment}\n\n`;
    const data = typeof wire.data === 'string' ? wire.data : JSON.stringify(numbered ? { ...wire.data, sequence_number: sequence++ } : wire.data);
    return `${wire.event ? `event: ${wire.event}\n` : ''}data: ${data}\n\n`;
  });
}

/**
 * A streamed chat completion, as OpenAI's Chat Completions API sends it with
 * stream_options.include_usage: a comment, one chunk per delta, the finish, a
 * last chunk with the usage and no choices, then [DONE].
 */
function completionParts(deltas: string[], usage?: Usage): StreamParts {
  const chunk = (payload: object): WireEvent => ({ data: { object: 'chat.completion.chunk', usage: null, ...payload } });
  const counts = usage && { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens };
  return {
    head: [{ comment: 'stand-in provider' }],
    deltas: deltas.map((content) => chunk({ choices: [{ index: 0, delta: { content } }] })),
    tail: [
      chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
      ...(counts ? [chunk({ choices: [], usage: counts })] : []),
      { data: '[DONE]' },
    ],
    failure: (message) => [{ data: { error: { message, type: 'server_error', param: null, code: null } } }],
    numbered: false,
  };
}

/**
 * A streamed response, as OpenAI's Responses API sends it: named, numbered
 * events that open the response, its message item and its text part, one
 * response.output_text.delta per delta, events that close them again, and
 * response.completed with the whole response and its usage. No [DONE].
 */
function responsesParts(deltas: string[], usage?: Usage): StreamParts {
  const event = (type: string, payload: object): WireEvent => ({ event: type, data: { type, ...payload } });
  const text = deltas.join('');
  const ids = { item_id: 'msg_stand_in', output_index: 0 };
  const part = { type: 'output_text', text, annotations: [] };
  const message = (status: string, content: object[]) => ({ id: ids.item_id, type: 'message', role: 'assistant', status, content });
  const response = (status: string, extra: object) => ({ id: 'resp_stand_in', object: 'response', model: 'stand-in', status, output: [], error: null, incomplete_details: null, usage: null, ...extra });
  const counts = usage && { input_tokens: usage.inputTokens, input_tokens_details: { cached_tokens: 0 }, output_tokens: usage.outputTokens, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: usage.inputTokens + usage.outputTokens };
  return {
    head: [
      event('response.created', { response: response('in_progress', {}) }),
      event('response.output_item.added', { output_index: 0, item: message('in_progress', []) }),
      event('response.content_part.added', { ...ids, content_index: 0, part: { ...part, text: '' } }),
    ],
    deltas: deltas.map((delta) => event('response.output_text.delta', { ...ids, content_index: 0, delta, logprobs: [] })),
    tail: [
      event('response.output_text.done', { ...ids, content_index: 0, text, logprobs: [] }),
      event('response.content_part.done', { ...ids, content_index: 0, part }),
      event('response.output_item.done', { output_index: 0, item: message('completed', [part]) }),
      event('response.completed', { response: response('completed', { output: [message('completed', [part])], usage: counts ?? null }) }),
    ],
    failure: (message) => [
      event('error', { code: 'server_error', message, param: null }),
      event('response.failed', { response: response('failed', { error: { code: 'server_error', message } }) }),
    ],
    numbered: true,
  };
}

/** The SSE body of a streamed chat completion, as OpenAI's Chat Completions API sends it. */
export function chatCompletionEvents(deltas: string[], usage?: Usage): string {
  const { head, deltas: middle, tail, numbered } = completionParts(deltas, usage);
  return encode([...head, ...middle, ...tail], numbered).join('');
}

/** The SSE body of a streamed response, as OpenAI's Responses API sends it. */
export function responsesEvents(deltas: string[], usage?: Usage): string {
  const { head, deltas: middle, tail, numbered } = responsesParts(deltas, usage);
  return encode([...head, ...middle, ...tail], numbered).join('');
}

/** The SSE text of each event a scripted answer sends, cut short where its interruption says. */
function eventsToSend(parts: StreamParts, interrupt?: Interruption): string[] {
  if (!interrupt) return encode([...parts.head, ...parts.deltas, ...parts.tail], parts.numbered);
  const sent = [...parts.head, ...parts.deltas.slice(0, interrupt.afterDeltas)];
  const failure = interrupt.then === 'error' ? parts.failure(interrupt.message ?? 'The server had an error while processing your request.') : [];
  return encode([...sent, ...failure], parts.numbered);
}

export function createFakeProvider(script: ScriptedAnswer[]): FakeProvider {
  let requests = 0;
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const answer = script[Math.min(requests, script.length - 1)];
    requests++;
    if (!answer) throw new Error('fake provider: empty script');
    if (!('deltas' in answer)) {
      const headers = answer.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(answer.retryAfterSeconds) };
      return new Response(answer.body ?? JSON.stringify({ error: { message: `fake error ${answer.status}` } }), { status: answer.status, headers });
    }
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const parts = (url.endsWith('/responses') ? responsesParts : completionParts)(answer.deltas, answer.usage);
    const { interrupt } = answer;
    const events = eventsToSend(parts, interrupt).map((text) => new TextEncoder().encode(text));
    const size = answer.chunkSize ?? 7;
    const signal = init?.signal;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          // Each event comes after a pause, as the model writes it; the network then cuts it into chunks.
          for (const bytes of events) {
            if (answer.delayMs) await sleep(answer.delayMs, signal);
            for (let offset = 0; offset < bytes.length; offset += size) controller.enqueue(bytes.slice(offset, offset + size));
          }
          if (interrupt?.then === 'stall') {
            await sleep(interrupt.stallMs ?? 5_000, signal);
            throw new Error('fake provider: the connection was reset after it stalled');
          }
          controller.close();
        } catch (error) {
          controller.error(error);
        }
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return {
    fetch: fakeFetch as typeof fetch,
    get requests() {
      return requests;
    },
  };
}
