import { invoiceFields, type Invoice, type InvoiceField } from './schema.ts';

export interface FieldScore {
  /** Right values extracted. */
  truePositives: number;
  /** Values extracted that are wrong, or that the document does not have ("N/A" where the truth is null). */
  falsePositives: number;
  /** Values the document has that were missed or got wrong. */
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

type Value = Invoice[InvoiceField];

/** Same value, ignoring case and spacing in text, and differences under half a cent in amounts. */
export function sameValue(predicted: Value, expected: Value): boolean {
  if (typeof predicted === 'number' && typeof expected === 'number') return Math.abs(predicted - expected) < 0.005;
  if (typeof predicted === 'string' && typeof expected === 'string') {
    const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
    return normal(predicted) === normal(expected);
  }
  return predicted === expected;
}

/**
 * Precision, recall and F1 for each field over a labelled set. A failed
 * extraction (null) predicts nothing for any field. Per field and document:
 * right value → TP; a value where the truth is null → FP; null where the truth
 * has a value → FN; a wrong value → FP and FN; null where the truth is null → nothing.
 */
export function scoreFields(predictions: Array<Invoice | null>, labels: Invoice[]): Record<InvoiceField, FieldScore> {
  if (predictions.length !== labels.length) throw new Error(`scoreFields: ${predictions.length} predictions for ${labels.length} labels.`);
  const scores = {} as Record<InvoiceField, FieldScore>;
  for (const field of invoiceFields) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    labels.forEach((label, index) => {
      const expected = label[field];
      const predicted = predictions[index]?.[field] ?? null;
      if (predicted === null && expected === null) return;
      if (predicted !== null && expected !== null && sameValue(predicted, expected)) tp += 1;
      else {
        if (predicted !== null) fp += 1;
        if (expected !== null) fn += 1;
      }
    });
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    scores[field] = { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  }
  return scores;
}

/** The mean of the fields' F1: every field counts the same, however often it appears. */
export const macroF1 = (scores: Record<InvoiceField, FieldScore>): number =>
  invoiceFields.reduce((sum, field) => sum + scores[field].f1, 0) / invoiceFields.length;
