import { generateText, type LanguageModel } from 'ai';
import { z } from 'zod';
import { readBody } from './body.ts';

export const summariseRequest = z.strictObject({
  text: z.string().min(1, 'text must not be empty').max(5_000, 'text must be at most 5,000 characters'),
  maxWords: z.int().min(5).max(100).optional(),
});

export interface HandlerOptions {
  model: LanguageModel;
  /** Longest time the model call may take. */
  timeoutMs?: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface FieldIssue {
  path: string;
  message: string;
}

const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * One issue per field, named by its path. Zod reports all unknown keys of an
 * object as one issue on the object itself (path "" at the top level), with
 * the names in `keys`: split it, so that each unknown field is named.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), message: 'unknown field' }))
      : [{ path: issue.path.join('.'), message: issue.message }],
  );
}

/** POST /summarise { text, maxWords? } → 200 { summary, usage }, or an error with the status that explains it. */
export function createHandler({ model, timeoutMs = 10_000, maxBodyBytes = 20_000 }: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== '/summarise') return json(404, { error: `No route for ${pathname}` });
    if (request.method !== 'POST') return new Response(JSON.stringify({ error: 'Use POST' }), { status: 405, headers: { allow: 'POST', 'content-type': 'application/json' } });
    const read = await readBody(request, maxBodyBytes);
    if ('tooLarge' in read) return json(413, { error: `The body is over ${maxBodyBytes} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return json(400, { error: 'The body is not valid JSON' });
    }
    const parsed = summariseRequest.safeParse(body);
    if (!parsed.success) return json(422, { error: 'Invalid request', issues: fieldIssues(parsed.error) });
    const { text, maxWords = 30 } = parsed.data;
    try {
      const result = await generateText({ model, prompt: `Summarise in at most ${maxWords} words: ${text}`, abortSignal: AbortSignal.timeout(timeoutMs) });
      // The model's output has a contract too: an empty answer is not a summary.
      if (result.text.trim() === '') return json(502, { error: 'The model returned an empty answer' });
      return json(200, { summary: result.text, usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || (error.cause instanceof Error && error.cause.name === 'TimeoutError'));
      return timedOut ? json(504, { error: `The model did not answer within ${timeoutMs} ms` }) : json(502, { error: 'The model call failed' });
    }
  };
}
