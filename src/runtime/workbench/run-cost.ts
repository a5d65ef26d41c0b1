import type { UsageEvent } from '../runner.ts';
import priceTable from '../../../labs/_kit/src/prices.json' with { type: 'json' };
import { findModelRow } from '../../../labs/_kit/src/model-id.ts';

interface PriceRow {
  model: string;
  inputPerMTok: number;
  outputPerMTok: number;
  asOf: string;
}

const rows: PriceRow[] = priceTable.rows;
/** What the stand-in's tokens are priced at, to show what the run would cost on a real model. */
export const referenceModel = 'gpt-6-luna';

/** The stand-in counts with the kit's tokenizer, not the reference model's, so its counts (and the price put on them) are estimates. */
export const standInTokenNote = 'The stand-in’s token counts are an estimate made with the cl100k_base tokenizer; a real model counts the same text with its own tokenizer, and bills by that count.';

const usd = (value: number): string => `$${value < 0.01 ? value.toPrecision(2) : value.toFixed(2)}`;

/** A row for a model id, allowing dated or prefixed ids ("claude-haiku-4-5-20251001", "openai/gpt-6-luna"): the kit's own match. */
export const priceFor = (modelId: string, table: PriceRow[] = rows): PriceRow | undefined => findModelRow(table, modelId);

const costOf = (events: UsageEvent[], row: PriceRow): number =>
  events.reduce((sum, event) => sum + (event.inputTokens * row.inputPerMTok + event.outputTokens * row.outputPerMTok) / 1_000_000, 0);

/** One line estimating what the run's model calls cost, from the kit's dated price table. */
export function estimateCost(events: UsageEvent[], table: PriceRow[] = rows): string | undefined {
  if (events.length === 0) return undefined;
  const real = events.filter((event) => event.provider !== 'stand-in');
  const parts: string[] = [];
  if (real.length > 0) {
    const byModel = new Map<string, UsageEvent[]>();
    for (const event of real) byModel.set(event.modelId, [...(byModel.get(event.modelId) ?? []), event]);
    for (const [model, modelEvents] of byModel) {
      const row = priceFor(model, table);
      parts.push(row ? `${usd(costOf(modelEvents, row))} on ${model} (prices as of ${row.asOf})` : `${model} is not in the price table`);
    }
  }
  const standIn = events.filter((event) => event.provider === 'stand-in');
  const reference = priceFor(referenceModel, table);
  if (standIn.length > 0 && reference) parts.push(`$0 on the stand-in; the same tokens would cost ${usd(costOf(standIn, reference))} on ${reference.model} (prices as of ${reference.asOf})`);
  const line = `Estimated cost: ${parts.join('; ')}.`;
  return standIn.length > 0 ? `${line} ${standInTokenNote}` : line;
}
