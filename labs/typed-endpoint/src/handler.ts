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

/** One issue per field, named by its path ("text", "maxWords", or an unknown field's name). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  // TODO: map each issue to { path: issue.path.join('.'), message: issue.message }.
  // Careful: zod reports every unknown key of an object as ONE issue with code
  // 'unrecognized_keys', the object's own path ([] at the top level) and the
  // names in issue.keys. Give each unknown key its own issue, with the key as path.
  return [];
}

/**
 * GET /health/live and /health/ready for the platform; POST /summarise { text, maxWords? } →
 * 200 { summary, usage }, or an error with the status that explains it. Every response
 * carries an x-request-id header, and every log line of the request carries the same id.
 */
export function createHandler({ model, timeoutMs = 10_000, maxBodyBytes = 20_000, logger = createLogger() }: HandlerOptions) {
  async function summarise(request: Request, log: Logger): Promise<Response> {
    // TODO: check the route and the method first:
    //  - any path but /summarise → 404;
    //  - any method but POST → 405, with an "allow: POST" header;
    //  - no model configured (model is undefined) → 503.
    // TODO: read the body with readBody (finish it in src/body.ts first):
    //       over maxBodyBytes → 413; not JSON → 400.
    // TODO: validate with summariseRequest.safeParse → 422 with
    //       { error, issues: fieldIssues(parsed.error) } when it fails.
    const body = JSON.parse(await request.text());
    const { text, maxWords = 30 } = body;
    // TODO: give the model call a time limit (AbortSignal.timeout(timeoutMs)):
    //       504 when it times out, 502 for any other failure, and 502 too when
    //       the model answers with empty text (that is not a summary). Log a failure's
    //       details with log.error(...); the caller gets only a short, safe sentence.
    // maxRetries: 0, because the SDK's default is 2 (three attempts), and the caller is told to retry a 502:
    // retries in both layers multiply, 3 × 3 = 9 calls upstream. One layer retries; here it is the caller.
    const result = await generateText({ model: model as LanguageModel, prompt: `Summarise in at most ${maxWords} words: ${text}`, maxRetries: 0 });
    return json(200, { summary: result.text, usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } });
  }

  return async function handle(request: Request): Promise<Response> {
    // TODO: give the request an id with requestIdFrom (finish it in src/log.ts), make
    //       a child logger that carries it (logger.child({ requestId })) and hand that
    //       to summarise, so that no log line of this request can leave the id out.
    //       Set the id as the response's x-request-id header, whatever the status, and
    //       end with one log line for the request: method, path, status and duration.
    //       If summarise throws, log describeError(error) and answer 500.
    const log = logger;
    return healthCheck(request, model) ?? (await summarise(request, log));
  };
}
