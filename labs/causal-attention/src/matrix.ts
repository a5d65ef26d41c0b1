// Just enough linear algebra for attention. A matrix is an array of rows.
export type Matrix = number[][];

export function multiply(a: Matrix, b: Matrix): Matrix {
  const columns = b[0]?.length ?? 0;
  return a.map((row) => Array.from({ length: columns }, (_, column) => row.reduce((sum, value, k) => sum + value * (b[k]?.[column] ?? 0), 0)));
}

export function transpose(m: Matrix): Matrix {
  return (m[0] ?? []).map((_, column) => m.map((row) => row[column] ?? 0));
}

export const scale = (m: Matrix, factor: number): Matrix => m.map((row) => row.map((value) => value * factor));
