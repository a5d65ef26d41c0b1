import { generateText, type LanguageModel, type ModelMessage } from 'ai';
import { checkReply, feedbackFor } from './check.ts';
import { extractionModel } from './model.ts';
import type { PromptTemplate } from './prompts/template.ts';
import type { Invoice } from './schema.ts';

export interface Extraction {
  /** The validated invoice, or null when every attempt failed: send the document to a person. */
  invoice: Invoice | null;
  /** Model calls made: 1 when the first answer was valid. */
  attempts: number;
  /** What was wrong with each failed answer, in order. */
  problems: string[][];
  /** Tokens over all attempts, as the model reported them. */
  inputTokens: number;
  outputTokens: number;
}

export interface ExtractOptions {
  model?: LanguageModel;
  /** Model calls allowed for one document, the first included. */
  maxAttempts?: number;
}

/**
 * Validate and repair: ask, check the answer in code, and when it fails, ask again
 * with the answer and what was wrong with it, at most maxAttempts times in all.
 */
export async function extractInvoice(document: string, prompt: PromptTemplate, options: ExtractOptions = {}): Promise<Extraction> {
  const model = options.model ?? extractionModel();
  const maxAttempts = options.maxAttempts ?? 3;
  const messages: ModelMessage[] = [{ role: 'user', content: prompt.user(document) }];
  const result: Extraction = { invoice: null, attempts: 0, problems: [], inputTokens: 0, outputTokens: 0 };
  while (result.attempts < maxAttempts) {
    const { text, usage } = await generateText({ model, system: prompt.system, messages });
    result.attempts += 1;
    result.inputTokens += usage.inputTokens ?? 0;
    result.outputTokens += usage.outputTokens ?? 0;
    const checked = checkReply(text);
    if (checked.ok) return { ...result, invoice: checked.invoice };
    result.problems.push(checked.problems);
    messages.push({ role: 'assistant', content: text }, { role: 'user', content: feedbackFor(checked) });
  }
  return result;
}
