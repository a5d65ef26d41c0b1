// Model ids as providers and routers write them, matched to the name a price row is keyed by. It
// imports nothing, so the book's page can price a run with it without loading zod or the kit.

/** A dated snapshot's suffix: OpenAI's -2026-09-22, or Anthropic's -20251001 (before its 4.6 generation). */
export const snapshotDateSuffix = /-(\d{4}-\d{2}-\d{2}|\d{8})$/;

/**
 * The row for a model id: the row of that name; else, with a router's provider prefix dropped
 * ("openai/gpt-6-luna", as OpenRouter writes it), the row of that name or of the alias a dated
 * snapshot is dated from ("claude-haiku-4-5-20251001" is priced as claude-haiku-4-5).
 */
export function findModelRow<Row extends { model: string }>(rows: readonly Row[], modelId: string): Row | undefined {
  const named = (name: string): Row | undefined => rows.find((row) => row.model === name);
  const name = modelId.slice(modelId.lastIndexOf('/') + 1);
  return named(modelId) ?? named(name) ?? named(name.replace(snapshotDateSuffix, ''));
}
