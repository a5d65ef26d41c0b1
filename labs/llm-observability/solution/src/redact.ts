// Personal data out of prompts before spans leave the process. Redaction runs in the exporter,
// so a span in memory is unchanged and nothing unredacted ever reaches the tracing backend.
import type { Span } from './tracer.ts';

/** The span attributes that hold text a user or the model wrote. */
export const contentAttributes = ['gen_ai.input.messages', 'gen_ai.output.messages'];

/** Replace e-mail addresses, card numbers and phone numbers with [email], [card] and [phone]. */
export function redact(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\b\d(?:[ -]?\d){12,18}\b/g, '[card]')
    .replace(/(?:\+\d{1,3}[ -]?|\b0)\d{2,4}(?:[ -]?\d{3,4}){2}\b/g, '[phone]');
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
