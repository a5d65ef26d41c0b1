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
  const calls = extractions.reduce((sum, extraction) => sum + extraction.attempts, 0);
  const inputTokens = extractions.reduce((sum, extraction) => sum + extraction.inputTokens, 0);
  const outputTokens = extractions.reduce((sum, extraction) => sum + extraction.outputTokens, 0);
  return {
    prompt: `${prompt.id}@${prompt.version}`,
    scores,
    macroF1: macroF1(scores),
    documents: set.length,
    calls,
    failed: extractions.filter((extraction) => extraction.invoice === null).length,
    inputTokens,
    outputTokens,
    costUsd: costOf({ inputTokens, outputTokens }, options.priceModel ?? 'gpt-6-luna'),
  };
}
