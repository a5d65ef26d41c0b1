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

/** One issue per field, named by its path ("text", "maxWords", or an unknown field's name). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  // TODO: map each issue to { path: issue.path.join('.'), message: issue.message }.
  // Careful: zod reports every unknown key of an object as ONE issue with code
  // 'unrecognized_keys', the object's own path ([] at the top level) and the
  // names in issue.keys. Give each unknown key its own issue, with the key as path.
  return [];
}

/** POST /summarise { text, maxWords? } → 200 { summary, usage }, or an error with the status that explains it. */
export function createHandler({ model, timeoutMs = 10_000, maxBodyBytes = 20_000 }: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    // TODO: check the route and the method first:
    //  - any path but /summarise → 404;
    //  - any method but POST → 405, with an "allow: POST" header.
    // TODO: read the body with readBody (finish it in src/body.ts first):
    //       over maxBodyBytes → 413; not JSON → 400.
    // TODO: validate with summariseRequest.safeParse → 422 with
    //       { error, issues: fieldIssues(parsed.error) } when it fails.
    const body = JSON.parse(await request.text());
    const { text, maxWords = 30 } = body;
    // TODO: give the model call a time limit (AbortSignal.timeout(timeoutMs)):
    //       504 when it times out, 502 for any other failure, and 502 too when
    //       the model answers with empty text (that is not a summary).
    const result = await generateText({ model, prompt: `Summarise in at most ${maxWords} words: ${text}` });
    return json(200, { summary: result.text, usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } });
  };
}
