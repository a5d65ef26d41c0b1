import { serverSentEvents } from './sse.ts';
import { backoffDelay, isRetryable, type BackoffOptions } from './retry.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StreamChatOptions {
  /** The chat-completions URL, e.g. https://api.openai.com/v1/chat/completions. */
  url: string;
  model: string;
  messages: ChatMessage[];
  apiKey?: string;
  fetch?: typeof fetch;
  /** Aborting it stops the request at once; it is never retried. */
  signal?: AbortSignal;
  /** Longest time one attempt may take, stream included. */
  timeoutMs?: number;
  maxRetries?: number;
  backoff?: BackoffOptions;
  onDelta?(text: string): void;
  onRetry?(retry: { attempt: number; reason: string; delayMs: number }): void;
}

export interface StreamChatResult {
  text: string;
  attempts: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export class ChatRequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ChatRequestError';
    this.status = status;
  }
}

interface CompletionChunk {
  choices?: Array<{ delta?: { content?: string | null } }>;
  usage?: StreamChatResult['usage'] | null;
}

/** Reads a streamed chat completion, calling onDelta for each piece of text. */
async function readCompletion(response: Response, onDelta: (text: string) => void): Promise<Omit<StreamChatResult, 'attempts'>> {
  if (!response.body) throw new Error('The response has no body to stream.');
  let text = '';
  let usage: StreamChatResult['usage'];
  for await (const data of serverSentEvents(response.body)) {
    if (data === '[DONE]') break;
    const chunk = JSON.parse(data) as CompletionChunk;
    const delta = chunk.choices?.[0]?.delta?.content;
    if (delta) {
      text += delta;
      onDelta(delta);
    }
    if (chunk.usage) usage = chunk.usage;
  }
  return usage ? { text, usage } : { text };
}

/** Waits ms milliseconds, or rejects as soon as the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** Streams one chat completion, retrying rate limits, server errors and timeouts. */
export async function streamChat(options: StreamChatOptions): Promise<StreamChatResult> {
  const { url, model, messages, apiKey, signal, timeoutMs = 30_000, maxRetries = 3, backoff = { baseMs: 500, maxMs: 8_000 } } = options;
  const doFetch = options.fetch ?? fetch;
  const body = JSON.stringify({ model, messages, stream: true, stream_options: { include_usage: true } });
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };

  for (let attempt = 0; ; attempt++) {
    // One signal for this attempt: the caller's abort, or this attempt's timeout.
    const attemptSignal = AbortSignal.any([...(signal ? [signal] : []), AbortSignal.timeout(timeoutMs)]);
    let reason: string;
    let retryAfter: string | null = null;
    try {
      const response = await doFetch(url, { method: 'POST', headers, body, signal: attemptSignal });
      if (response.ok) return { ...(await readCompletion(response, options.onDelta ?? (() => {}))), attempts: attempt + 1 };
      const detail = await response.text().catch(() => '');
      if (!isRetryable(response.status) || attempt >= maxRetries) {
        throw new ChatRequestError(response.status, `The provider answered ${response.status} after ${attempt + 1} attempt(s): ${detail.slice(0, 200)}`);
      }
      reason = `HTTP ${response.status}`;
      retryAfter = response.headers.get('retry-after');
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      if (!timedOut || attempt >= maxRetries) throw error;
      reason = `no answer within ${timeoutMs} ms`;
    }
    const delayMs = Math.round(backoffDelay(attempt, backoff, retryAfter));
    options.onRetry?.({ attempt: attempt + 1, reason, delayMs });
    await sleep(delayMs, signal);
  }
}
