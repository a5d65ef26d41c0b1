import { invoiceSchema, type Invoice } from './schema.ts';

export type ParsedReply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The JSON object in a model's reply. Models wrap JSON in code fences and in
 * sentences; peel those off here, in code, rather than paying for a second call.
 * Never throws: a reply that holds no JSON object is an error to report.
 */
export function parseJsonReply(reply: string): ParsedReply {
  const fenced = reply.match(/```(?:json)?\s*\n([\s\S]*?)\n?```/);
  const body = fenced?.[1] ?? reply;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) return { ok: false, error: 'the reply holds no JSON object' };
  try {
    return { ok: true, value: JSON.parse(body.slice(start, end + 1)) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export type CheckedReply =
  | { ok: true; invoice: Invoice }
  | { ok: false; kind: 'json'; problems: string[] }
  | { ok: false; kind: 'schema'; problems: string[] };

/** Parse the reply, then validate it: an invoice, or the problems, one "path: message" each. */
export function checkReply(reply: string): CheckedReply {
  const parsed = parseJsonReply(reply);
  if (!parsed.ok) return { ok: false, kind: 'json', problems: [parsed.error] };
  const result = invoiceSchema.safeParse(parsed.value);
  if (result.success) return { ok: true, invoice: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(the object)'}: ${issue.message}`);
  return { ok: false, kind: 'schema', problems };
}

/** The message that asks the model to fix its answer: what was wrong, field by field. */
export function feedbackFor(failure: Extract<CheckedReply, { ok: false }>): string {
  if (failure.kind === 'json') return `Your answer was not valid JSON (${failure.problems.join('; ')}). Reply with the corrected JSON object only.`;
  return ['Your JSON did not match the schema:', ...failure.problems.map((problem) => `- ${problem}`), 'Reply with the corrected JSON object only.'].join('\n');
}
