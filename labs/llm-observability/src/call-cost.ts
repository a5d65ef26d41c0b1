// The price of one model call, from the usage its span recorded and the kit's price table.
import { costOf } from '@ai-roadmap/kit';
import type { Span } from './tracer.ts';

/** Price a model as another one: the stand-in is free, so the lab prices its calls as a real model. */
export type PriceAs = Record<string, string>;

function tokens(span: Span, key: string): number {
  const value = span.attributes[key];
  if (typeof value !== 'number') throw new Error(`span "${span.name}" (${span.spanId}): attribute ${key} is missing or not a number, so the call cannot be priced. Does the tracing middleware record usage?`);
  return value;
}

export function callCostUsd(span: Span, priceAs: PriceAs = {}): number {
  const model = span.attributes['gen_ai.request.model'];
  if (typeof model !== 'string') throw new Error(`span "${span.name}" (${span.spanId}): attribute gen_ai.request.model is missing.`);
  const usage = { inputTokens: tokens(span, 'gen_ai.usage.input_tokens'), outputTokens: tokens(span, 'gen_ai.usage.output_tokens') };
  return costOf(usage, priceAs[model] ?? model);
}
