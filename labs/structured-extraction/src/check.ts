import { invoiceSchema, type Invoice } from './schema.ts';

export type ParsedReply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The JSON object in a model's reply. Models wrap JSON in code fences and in
 * sentences; peel those off here, in code, rather than paying for a second call.
 * Never throws: a reply that holds no JSON object is an error to report.
 */
export function parseJsonReply(reply: string): ParsedReply {
  // TODO:
  //  1. if the reply has a ```json … ``` (or plain ```) fence, keep what is inside it;
  //  2. keep the text from the first "{" to the last "}" (this drops "Here is…" sentences);
  //     no braces at all → { ok: false, error: 'the reply holds no JSON object' };
  //  3. JSON.parse it inside try/catch: { ok: true, value } or { ok: false, error: <the parser's message> }.
  return { ok: false, error: 'parseJsonReply is not written yet' };
}

export type CheckedReply =
  | { ok: true; invoice: Invoice }
  | { ok: false; kind: 'json'; problems: string[] }
  | { ok: false; kind: 'schema'; problems: string[] };

/** Parse the reply, then validate it: an invoice, or the problems, one "path: message" each. */
export function checkReply(reply: string): CheckedReply {
  const parsed = parseJsonReply(reply);
  if (!parsed.ok) return { ok: false, kind: 'json', problems: [parsed.error] };
  // TODO: validate parsed.value with invoiceSchema.safeParse. On success return the
  // invoice. On failure return kind 'schema' and one problem per zod issue, written
  // "<path joined with dots>: <message>", for example "total: total must equal subtotal + tax".
  return { ok: false, kind: 'schema', problems: ['checkReply does not validate yet'] };
}

/** The message that asks the model to fix its answer: what was wrong, field by field. */
export function feedbackFor(failure: Extract<CheckedReply, { ok: false }>): string {
  if (failure.kind === 'json') return `Your answer was not valid JSON (${failure.problems.join('; ')}). Reply with the corrected JSON object only.`;
  return ['Your JSON did not match the schema:', ...failure.problems.map((problem) => `- ${problem}`), 'Reply with the corrected JSON object only.'].join('\n');
}
