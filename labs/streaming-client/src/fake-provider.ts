// A stand-in for an OpenAI-compatible chat endpoint, as a fetch function. It
// plays a script of answers (errors first, then a stream), so retries, timeouts
// and chunk boundaries can be exercised offline and deterministically.
// You do not need to change this file.

type Usage = { prompt_tokens: number; completion_tokens: number };

/** How a streamed answer breaks off: after some deltas it goes silent, or the connection closes. */
export interface Interruption {
  afterDeltas: number;
  /** 'stall': no more bytes for stallMs (default 5,000), then the connection is reset. 'close': the body ends, without [DONE]. */
  then: 'stall' | 'close';
  stallMs?: number;
}

export type ScriptedAnswer =
  | { status: number; retryAfterSeconds?: number; body?: string }
  | { status: 200; deltas: string[]; chunkSize?: number; delayMs?: number; usage?: Usage; interrupt?: Interruption };

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

/**
 * The events of a streamed chat completion, as OpenAI's Chat Completions API sends
 * them with stream_options.include_usage: a comment, one event per delta, the
 * finish, a last chunk with the usage and no choices, then [DONE].
 */
function completionEvents(deltas: string[], usage?: Usage): string[] {
  const chunk = (payload: object) => `data: ${JSON.stringify({ object: 'chat.completion.chunk', usage: null, ...payload })}\n\n`;
  return [
    ': stand-in provider\n\n',
    ...deltas.map((content) => chunk({ choices: [{ index: 0, delta: { content } }] })),
    chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
    ...(usage ? [chunk({ choices: [], usage })] : []),
    'data: [DONE]\n\n',
  ];
}

/** The SSE body of a streamed chat completion, as OpenAI's API sends it. */
export function chatCompletionEvents(deltas: string[], usage?: Usage): string {
  return completionEvents(deltas, usage).join('');
}

export function createFakeProvider(script: ScriptedAnswer[]): FakeProvider {
  let requests = 0;
  const fakeFetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const answer = script[Math.min(requests, script.length - 1)];
    requests++;
    if (!answer) throw new Error('fake provider: empty script');
    if (!('deltas' in answer)) {
      const headers = answer.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(answer.retryAfterSeconds) };
      return new Response(answer.body ?? JSON.stringify({ error: { message: `fake error ${answer.status}` } }), { status: answer.status, headers });
    }
    const events = completionEvents(answer.deltas, answer.usage);
    const { interrupt } = answer;
    // With an interruption, only the comment and the first `afterDeltas` deltas are sent.
    const sent = interrupt ? events.slice(0, 1 + interrupt.afterDeltas) : events;
    const bytes = new TextEncoder().encode(sent.join(''));
    const size = answer.chunkSize ?? 7; // deliberately splits lines and even UTF-8 characters
    const signal = init?.signal;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          for (let offset = 0; offset < bytes.length; offset += size) {
            if (answer.delayMs) await sleep(answer.delayMs, signal);
            controller.enqueue(bytes.slice(offset, offset + size));
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
