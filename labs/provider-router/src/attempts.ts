/** What the router tried, and the error it throws when it cannot answer. */
import type { ChatResult, ProviderName } from './types.ts';

export interface Attempt {
  provider: ProviderName;
  /** 'sent' with the HTTP status, or 'skipped' because the breaker was open. */
  outcome: 'sent' | 'skipped';
  status?: number;
}

export interface RouteResult {
  result: ChatResult;
  attempts: Attempt[];
}

export class RefusedError extends Error {
  attempts: Attempt[];
  constructor(message: string, attempts: Attempt[]) {
    super(message);
    this.name = 'RefusedError';
    this.attempts = attempts;
  }
}

/** 429 (throttled) and 5xx (the provider's fault) may succeed elsewhere; other 4xx are our own mistake and would fail everywhere. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}
