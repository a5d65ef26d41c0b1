import type { WireFormat } from './events.ts';
import { readStream, requestBody, type ChatMessage, type StreamedAnswer } from './wire.ts';
import { backoffDelay, isRetryable, parseRetryAfter, type BackoffOptions } from './retry.ts';

export type { ChatMessage };

export interface StreamChatOptions {
  /** The endpoint, e.g. https://api.openai.com/v1/chat/completions, or …/v1/responses for the Responses API. */
  url: string;
  /** The wire format the endpoint speaks (default 'chat-completions'). */
  format?: WireFormat;
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
  /**
   * The longest Retry-After the client will wait for. When a server asks for
   * more, the call fails at once with a ChatRequestError, rather than retrying
   * before the server's time is up.
   */
  maxRetryAfterMs?: number;
  onDelta?(text: string): void;
  onRetry?(retry: { attempt: number; reason: string; delayMs: number }): void;
  /** How the client waits between attempts (default: sleep, a real timer). A test passes one that returns at once. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface StreamChatResult extends StreamedAnswer {
  attempts: number;
}

export class ChatRequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ChatRequestError';
    this.status = status;
  }
}

/**
 * The stream failed after some of the answer had already been passed to
 * onDelta. It is not retried: a second attempt would send the caller that text
 * again, and the provider would bill for it twice. The caller decides what to
 * do with the part it has (show it as cut off, or ask again explicitly).
 */
export class StreamInterruptedError extends Error {
  readonly partialText: string;
  constructor(partialText: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`The stream broke after ${partialText.length} characters of the answer had been delivered (${why}); not retrying, because a retry would repeat that text and be billed again.`, { cause });
    this.name = 'StreamInterruptedError';
    this.partialText = partialText;
  }
}

/** Waits ms milliseconds, or rejects as soon as the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // The listener must go when the timer fires: one left per wait piles up on a long-lived signal.
    const onAbort = () => (clearTimeout(timer), reject(signal?.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Streams one answer, retrying rate limits, server errors and timeouts. */
export async function streamChat(options: StreamChatOptions): Promise<StreamChatResult> {
  const { url, model, messages, apiKey, signal, timeoutMs = 30_000, maxRetries = 3, backoff = { baseMs: 500, maxMs: 8_000 }, maxRetryAfterMs = 30_000 } = options;
  const doFetch = options.fetch ?? fetch;
  const wait = options.sleep ?? sleep;
  const format = options.format ?? 'chat-completions';
  const body = requestBody(format, model, messages);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
  // Everything passed to onDelta so far: once it is not empty, no attempt may be repeated.
  let delivered = '';
  const onDelta = (text: string) => {
    delivered += text;
    options.onDelta?.(text);
  };

  for (let attempt = 0; ; attempt++) {
    // One signal for this attempt: the caller's abort, or this attempt's timeout.
    const attemptSignal = AbortSignal.any([...(signal ? [signal] : []), AbortSignal.timeout(timeoutMs)]);
    let response: Response;
    try {
      response = await doFetch(url, { method: 'POST', headers, body, signal: attemptSignal });
      if (response.ok) return { ...(await readStream(response, format, onDelta)), attempts: attempt + 1 };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (delivered) throw new StreamInterruptedError(delivered, error);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      if (!timedOut || attempt >= maxRetries) throw error;
      const delayMs = Math.round(backoffDelay(attempt, backoff));
      options.onRetry?.({ attempt: attempt + 1, reason: `no answer within ${timeoutMs} ms`, delayMs });
      await wait(delayMs, signal);
      continue;
    }

    const detail = await response.text().catch(() => '');
    const failed = `The provider answered ${response.status} after ${attempt + 1} attempt(s)`;
    if (!isRetryable(response.status) || attempt >= maxRetries) {
      throw new ChatRequestError(response.status, `${failed}: ${detail.slice(0, 200)}`);
    }
    const retryAfter = response.headers.get('retry-after');
    const askedMs = parseRetryAfter(retryAfter);
    if (askedMs !== undefined && askedMs > maxRetryAfterMs) {
      throw new ChatRequestError(response.status, `${failed}, with Retry-After: ${retryAfter} (${askedMs} ms), longer than maxRetryAfterMs (${maxRetryAfterMs} ms). Giving up now rather than retrying before the server's time is up.`);
    }
    const delayMs = Math.round(backoffDelay(attempt, backoff, retryAfter));
    const reason = `HTTP ${response.status}${retryAfter === null ? '' : ` (Retry-After: ${retryAfter})`}`;
    options.onRetry?.({ attempt: attempt + 1, reason, delayMs });
    await wait(delayMs, signal);
  }
}
