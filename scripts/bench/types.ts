export interface BenchFigure {
  /** What was measured, e.g. "build time (median of 3)". */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'bytes' | 'KB' | 'MB' | 'pages' | 'files' | 'count' | 'score' | '×';
  /** The budget, when the book has one: a ceiling, or a floor when `atLeast` is set (e.g. a Lighthouse score). */
  budget?: number;
  atLeast?: boolean;
}

export interface BenchContext {
  /** The base URL of the built site, served with the project's server. */
  baseUrl: string;
}
