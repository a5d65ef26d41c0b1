import { multiply, scale, transpose, type Matrix } from './matrix.ts';

/** Softmax of one row: non-negative weights that sum to 1. */
export function softmax(row: number[]): number[] {
  // TODO: exp(value) / sum of exp over the row. Math.exp(1000) is Infinity, so
  // subtract the row's maximum first (it cancels out). A masked entry is -Infinity
  // and must come out as exactly 0.
  return row.map(() => 1 / row.length);
}

/** Scores QKᵀ/√d with the future masked out: position i may look at positions 0..i only. */
export function causalScores(q: Matrix, k: Matrix): Matrix {
  const d = q[0]?.length ?? 1;
  const scores = scale(multiply(q, transpose(k)), 1 / Math.sqrt(d));
  // TODO: the causal mask. Set every score where the key comes after the query
  // (column j > row i) to -Infinity, so softmax gives it no weight.
  return scores;
}

export interface Attention {
  weights: Matrix;
  output: Matrix;
}

/** Single-head causal self-attention over token embeddings x (one row per token). */
export function causalSelfAttention(x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix): Attention {
  const q = multiply(x, wq);
  const k = multiply(x, wk);
  const v = multiply(x, wv);
  // TODO: weights = softmax of each row of causalScores(q, k); output = weights × v.
  const weights = causalScores(q, k);
  return { weights, output: v };
}
