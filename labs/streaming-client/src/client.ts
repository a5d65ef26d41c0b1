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

/** Streams one answer. */
export async function streamChat(options: StreamChatOptions): Promise<StreamChatResult> {
  const { url, model, messages, apiKey } = options;
  const doFetch = options.fetch ?? fetch;
  const format = options.format ?? 'chat-completions';
  const body = requestBody(format, model, messages);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };

  // TODO: make this robust. Right now it makes one attempt, with no timeout,
  // and ignores the caller's AbortSignal.
  //  1. Give each attempt a signal that fires on the caller's abort OR after
  //     options.timeoutMs (AbortSignal.any and AbortSignal.timeout).
  //  2. On a retryable status (isRetryable) or a timeout, wait backoffDelay(...)
  //     (pass the Retry-After header) and try again, up to options.maxRetries
  //     retries; call options.onRetry before each wait. Wait with options.sleep
  //     when it is given, else with sleep.
  //  3. If Retry-After (parseRetryAfter) asks for longer than
  //     options.maxRetryAfterMs, throw a ChatRequestError that says so at once:
  //     never retry before the server's time is up.
  //  4. Never retry after the caller aborted: rethrow at once.
  //  5. Never retry once a delta has reached onDelta: throw a
  //     StreamInterruptedError with the text delivered so far.
  //  6. Otherwise throw a ChatRequestError with the status.
  const response = await doFetch(url, { method: 'POST', headers, body });
  if (!response.ok) throw new ChatRequestError(response.status, `The provider answered ${response.status}.`);
  return { ...(await readStream(response, format, options.onDelta ?? (() => {}))), attempts: 1 };
}
