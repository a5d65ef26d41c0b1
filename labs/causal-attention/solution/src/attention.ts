import { multiply, scale, transpose, type Matrix } from './matrix.ts';

/** Softmax of one row, stable for large scores: subtracting the maximum leaves the result unchanged but keeps exp() finite. */
export function softmax(row: number[]): number[] {
  const max = Math.max(...row);
  const exps = row.map((value) => (value === -Infinity ? 0 : Math.exp(value - max)));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Scores QKᵀ/√d with the future masked out: position i may look at positions 0..i only. */
export function causalScores(q: Matrix, k: Matrix): Matrix {
  const d = q[0]?.length ?? 1;
  const scores = scale(multiply(q, transpose(k)), 1 / Math.sqrt(d));
  return scores.map((row, i) => row.map((value, j) => (j > i ? -Infinity : value)));
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
  const weights = causalScores(q, k).map(softmax);
  return { weights, output: multiply(weights, v) };
}
