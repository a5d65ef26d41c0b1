import { costOf } from '@ai-roadmap/kit';
import type { LabelledInvoice } from './data/invoices.ts';
import { extractInvoice, type ExtractOptions } from './extract.ts';
import type { PromptTemplate } from './prompts/template.ts';
import { macroF1, scoreFields, type FieldScore } from './score.ts';
import type { InvoiceField } from './schema.ts';

export interface PromptReport {
  /** "invoice-extraction@v2": the prompt's id and version, as a log line would record them. */
  prompt: string;
  scores: Record<InvoiceField, FieldScore>;
  macroF1: number;
  documents: number;
  /** Model calls, repairs included. */
  calls: number;
  /** Documents with no valid answer after every attempt. */
  failed: number;
  inputTokens: number;
  outputTokens: number;
  /** What the whole run would cost at the price row's rates, in US dollars. */
  costUsd: number;
}

/** Runs one prompt version over the labelled set: accuracy per field, and what it cost. */
export async function evaluatePrompt(
  prompt: PromptTemplate,
  set: LabelledInvoice[],
  options: ExtractOptions & { priceModel?: string } = {},
): Promise<PromptReport> {
  const extractions = [];
  for (const { text } of set) extractions.push(await extractInvoice(text, prompt, options));
  const scores = scoreFields(
    extractions.map((extraction) => extraction.invoice),
    set.map((document) => document.label),
  );
  // TODO: the cost side of the comparison. Add up, over every extraction, the model
  // calls (attempts), the input tokens and the output tokens, count the documents
  // that failed (invoice null), and price the tokens with costOf from the kit at the
  // rates of options.priceModel (default 'gpt-6-luna').
  return {
    prompt: `${prompt.id}@${prompt.version}`,
    scores,
    macroF1: macroF1(scores),
    documents: set.length,
    calls: 0,
    failed: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
  };
}
