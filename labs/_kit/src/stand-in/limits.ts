import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import type { Tokenizer } from '../tokens-on-demand.ts';

/**
 * The call's limits on the answer, as a real provider applies them: the text
 * ends before the first stop sequence (finish reason "stop"), and is cut at
 * maxOutputTokens tokens (finish reason "length", even mid-word or mid-JSON).
 */
export function applyLimits(
  text: string,
  call: Pick<LanguageModelV4CallOptions, 'maxOutputTokens' | 'stopSequences'>,
  truncateToTokens: Tokenizer['truncateToTokens'],
): { text: string; truncated: boolean } {
  let limited = text;
  for (const stop of call.stopSequences ?? []) {
    const at = stop ? limited.indexOf(stop) : -1;
    if (at >= 0) limited = limited.slice(0, at);
  }
  if (call.maxOutputTokens !== undefined) {
    const cut = truncateToTokens(limited, call.maxOutputTokens);
    if (cut !== limited) return { text: cut, truncated: true };
  }
  return { text: limited, truncated: false };
}
