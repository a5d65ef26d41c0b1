// The two simulated providers' models and their prices, in US dollars per million tokens.
// The names are made up and so are the prices, chosen in the range of the small models in
// the kit's dated price table (labs/_kit/src/prices.json): the lab needs a cheap primary and a
// dearer fallback, not a real quote. Rows have the kit's PriceRow shape, so a real model's row
// from the kit (priceOf('…')) can replace one.
import type { PriceRow } from '@ai-roadmap/kit';

const simulated = { currency: 'USD' as const, source: 'https://github.com/ai-engineer-roadmap/ai-engineer-roadmap/tree/main/labs/capstone-production', asOf: '2026-12-05', note: 'A simulated model with a made-up price.' };

export const modelPrices: Record<string, PriceRow> = {
  'luna-2026-09-15': { provider: 'northwind', model: 'luna-2026-09-15', inputPerMTok: 0.4, outputPerMTok: 1.6, ...simulated },
  'luna-2026-12-01': { provider: 'northwind', model: 'luna-2026-12-01', inputPerMTok: 0.4, outputPerMTok: 1.6, ...simulated },
  'sol-2026-10-20': { provider: 'southgate', model: 'sol-2026-10-20', inputPerMTok: 1, outputPerMTok: 4, ...simulated },
};

/** The price row of a snapshot id; an unknown id is a configuration error, said plainly. */
export function priceRow(model: string): PriceRow {
  const row = modelPrices[model];
  if (!row) throw new Error(`src/models.ts: no price for model "${model}"; known: ${Object.keys(modelPrices).join(', ')}.`);
  return row;
}
