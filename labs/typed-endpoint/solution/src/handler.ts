import { generateText, type LanguageModel } from 'ai';
import { z } from 'zod';

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

const json = (status: number, body: unknown) => Response.json(body, { status });

/** POST /summarise { text, maxWords? } → 200 { summary, usage }, or an error with the status that explains it. */
export function createHandler({ model, timeoutMs = 10_000, maxBodyBytes = 20_000 }: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== '/summarise') return json(404, { error: `No route for ${pathname}` });
    if (request.method !== 'POST') return new Response(JSON.stringify({ error: 'Use POST' }), { status: 405, headers: { allow: 'POST', 'content-type': 'application/json' } });
    const raw = await request.text();
    if (new TextEncoder().encode(raw).length > maxBodyBytes) return json(413, { error: `The body is over ${maxBodyBytes} bytes` });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return json(400, { error: 'The body is not valid JSON' });
    }
    const parsed = summariseRequest.safeParse(body);
    if (!parsed.success) return json(422, { error: 'Invalid request', issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
    const { text, maxWords = 30 } = parsed.data;
    try {
      const result = await generateText({ model, prompt: `Summarise in at most ${maxWords} words: ${text}`, abortSignal: AbortSignal.timeout(timeoutMs) });
      return json(200, { summary: result.text, usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || (error.cause instanceof Error && error.cause.name === 'TimeoutError'));
      return timedOut ? json(504, { error: `The model did not answer within ${timeoutMs} ms` }) : json(502, { error: 'The model call failed' });
    }
  };
}
