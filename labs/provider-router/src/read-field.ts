/** Reading providers' JSON answers safely: a missing or wrong field names the provider and the path. */
import type { ProviderName } from './types.ts';

export type Json = Record<string, unknown>;

/** Reads a field along a path, and names the provider and the path when it is not there. */
export function field(provider: ProviderName, body: unknown, path: (string | number)[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in (value as Json))) {
      throw new Error(`${provider} response: ${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1)} is missing.`);
    }
    value = (value as Json)[key as string];
  }
  return value;
}

export function count(provider: ProviderName, body: unknown, path: string[]): number {
  const value = field(provider, body, path);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${provider} response: ${path.join('.')} must be a whole number of tokens, not ${JSON.stringify(value)}.`);
  return value;
}
