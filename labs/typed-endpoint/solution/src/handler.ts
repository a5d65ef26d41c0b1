import { generateText, type LanguageModel } from 'ai';
import { z } from 'zod';
import { readBody } from './body.ts';
import { healthCheck } from './health.ts';
import { createLogger, describeError, requestIdFrom, type Logger } from './log.ts';

export const summariseRequest = z.strictObject({
  text: z.string().min(1, 'text must not be empty').max(5_000, 'text must be at most 5,000 characters'),
  maxWords: z.int().min(5).max(100).optional(),
});

export interface HandlerOptions {
  /** The model; undefined while no provider is configured (the endpoint is then live but not ready). */
  model: LanguageModel | undefined;
  /** Longest time the model call may take. */
  timeoutMs?: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Where the JSON log lines go (stdout by default). */
  logger?: Logger;
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

/**
 * GET /health/live and /health/ready for the platform; POST /summarise { text, maxWords? } →
 * 200 { summary, usage }, or an error with the status that explains it. Every response
 * carries an x-request-id header, and every log line of the request carries the same id.
 */
export function createHandler({ model, timeoutMs = 10_000, maxBodyBytes = 20_000, logger = createLogger() }: HandlerOptions) {
  async function summarise(request: Request, log: Logger): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname !== '/summarise') return json(404, { error: `No route for ${pathname}` });
    if (request.method !== 'POST') return new Response(JSON.stringify({ error: 'Use POST' }), { status: 405, headers: { allow: 'POST', 'content-type': 'application/json' } });
    if (model === undefined) return json(503, { error: 'No model is configured' });
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
    const started = performance.now();
    try {
      // maxRetries: 0, because the SDK's default is 2 (three attempts), and the caller is told to retry a 502:
      // retries in both layers multiply, 3 × 3 = 9 calls upstream. One layer retries; here it is the caller.
      const result = await generateText({ model, prompt: `Summarise in at most ${maxWords} words: ${text}`, abortSignal: AbortSignal.timeout(timeoutMs), maxRetries: 0 });
      const { inputTokens, outputTokens } = result.usage;
      log.info('model call', { modelId: result.response.modelId, inputTokens, outputTokens, ms: Math.round(performance.now() - started) });
      // The model's output has a contract too: an empty answer is not a summary.
      if (result.text.trim() === '') return json(502, { error: 'The model returned an empty answer' });
      return json(200, { summary: result.text, usage: { inputTokens, outputTokens } });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || (error.cause instanceof Error && error.cause.name === 'TimeoutError'));
      // The details go to the log, under the request id; the caller gets a short, safe sentence.
      log.error('model call failed', { error: describeError(error), timedOut, ms: Math.round(performance.now() - started) });
      return timedOut ? json(504, { error: `The model did not answer within ${timeoutMs} ms` }) : json(502, { error: 'The model call failed' });
    }
  }

  return async function handle(request: Request): Promise<Response> {
    const requestId = requestIdFrom(request.headers);
    const log = logger.child({ requestId });
    const started = performance.now();
    let response: Response;
    try {
      response = healthCheck(request, model) ?? (await summarise(request, log));
    } catch (error) {
      // A bug here, or a client that hung up mid-body: still one answer and one log line, with the id.
      log.error('request failed', { error: describeError(error) });
      response = json(500, { error: 'Internal error' });
    }
    response.headers.set('x-request-id', requestId);
    log.info('request', { method: request.method, path: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) });
    return response;
  };
}
