// Three recorded weeks of a support assistant's traffic, as spans, made by a seeded generator so
// that every run sees the same numbers: a baseline week, a normal week (same traffic, other
// seed) and a shifted week, in which a prompt change made the answers about 40% longer.
import { seededRandom } from '@ai-roadmap/kit';
import type { Span } from './tracer.ts';

export interface WeekOptions {
  seed: number;
  requests?: number;
  /** Multiply every answer's length by this: 1 is a normal week. */
  outputScale?: number;
}

/** Half the traffic is acme's, 30% globex's, 20% initech's. */
const tenantFor = (u: number) => (u < 0.5 ? 'acme' : u < 0.8 ? 'globex' : 'initech');

export function simulateWeek({ seed, requests = 700, outputScale = 1 }: WeekOptions): Span[] {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const spans: Span[] = [];
  const gapMs = Math.floor((7 * 24 * 3600 * 1000) / requests);

  for (let i = 0; i < requests; i++) {
    const tenant = tenantFor(random());
    const model = random() < 0.8 ? 'gpt-6-luna' : 'gpt-6.1-sol';
    const inputTokens = 900 + Math.floor(random() * 600);
    const outputTokens = Math.max(1, Math.round(outputScale * Math.exp(Math.log(160) + 0.45 * normal())));
    // Time to first token, with a slow tail (queueing at the provider), then 12 ms per token.
    const firstTokenMs = 300 + Math.round(random() * 200) + (random() < 0.04 ? 2000 + Math.round(random() * 4000) : 0);
    const startMs = i * gapMs;
    const endMs = startMs + firstTokenMs + 12 * outputTokens;
    const traceId = `week-${seed}-${i + 1}`;
    spans.push(
      { traceId, spanId: `${traceId}-root`, name: 'invoke_agent support-desk', startMs, endMs, status: 'ok', attributes: { 'gen_ai.operation.name': 'invoke_agent', 'tenant.id': tenant } },
      {
        traceId,
        spanId: `${traceId}-chat`,
        parentSpanId: `${traceId}-root`,
        name: `chat ${model}`,
        startMs,
        endMs,
        status: 'ok',
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.provider.name': 'openai',
          'gen_ai.request.model': model,
          'gen_ai.usage.input_tokens': inputTokens,
          'gen_ai.usage.output_tokens': outputTokens,
          'gen_ai.response.finish_reasons': ['stop'],
        },
      },
    );
  }
  return spans;
}

/** Output tokens of every model call: the metric the drift alert watches. */
export function outputTokens(spans: Span[]): number[] {
  return spans
    .filter((span) => span.attributes['gen_ai.operation.name'] === 'chat')
    .map((span) => span.attributes['gen_ai.usage.output_tokens'] as number);
}
