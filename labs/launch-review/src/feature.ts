// A feature's launch file: what it runs on, what it earns per request, its traffic,
// the token counts of a sample of real requests, and the safety nets it has (or lacks).

export interface TokenSample {
  inputTokens: number;
  outputTokens: number;
}

export interface Feature {
  feature: string;
  /** The model id, priced by the kit's table (priceOf). */
  model: string;
  /** What one request earns: the plan's price spread over the requests it allows. */
  revenuePerRequestUsd: number;
  requestsPerMonth: number;
  /** A second model to call when the first provider fails; null when there is none. */
  fallback: { model: string } | null;
  /** The evaluation a change must pass before it ships; null when there is none. */
  evalGate: { suite: string; minPassRate: number } | null;
  /** The monthly spend at which the feature stops calling the model; null when there is none. */
  spendCapUsdPerMonth: number | null;
  samples: TokenSample[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(file: string, field: string, want: string, got: unknown): never {
  throw new Error(`${file}: "${field}" must be ${want} (got ${JSON.stringify(got)})`);
}

function number(file: string, record: Record<string, unknown>, field: string, path = field): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(file, path, 'a number, zero or more', value);
  return value;
}

/** Checks a parsed launch file and returns it typed; an error names the file and the field. */
export function readFeature(raw: unknown, file: string): Feature {
  if (!isObject(raw)) fail(file, '(top level)', 'an object', raw);
  if (typeof raw.feature !== 'string' || raw.feature === '') fail(file, 'feature', 'a name', raw.feature);
  if (typeof raw.model !== 'string' || raw.model === '') fail(file, 'model', 'a model id from the price table', raw.model);
  const fallback = raw.fallback ?? null;
  if (fallback !== null && !(isObject(fallback) && typeof fallback.model === 'string')) fail(file, 'fallback', 'null or { "model": "…" }', fallback);
  const evalGate = raw.evalGate ?? null;
  if (evalGate !== null && !(isObject(evalGate) && typeof evalGate.suite === 'string')) fail(file, 'evalGate', 'null or { "suite": "…", "minPassRate": 0.9 }', evalGate);
  if (evalGate !== null) number(file, evalGate, 'minPassRate', 'evalGate.minPassRate');
  const cap = raw.spendCapUsdPerMonth ?? null;
  if (cap !== null) number(file, raw, 'spendCapUsdPerMonth');
  if (!Array.isArray(raw.samples) || raw.samples.length === 0) fail(file, 'samples', 'a non-empty list of { inputTokens, outputTokens }', raw.samples);
  const samples = raw.samples.map((sample: unknown, index: number): TokenSample => {
    if (!isObject(sample)) fail(file, `samples[${index}]`, 'an object', sample);
    return {
      inputTokens: number(file, sample, 'inputTokens', `samples[${index}].inputTokens`),
      outputTokens: number(file, sample, 'outputTokens', `samples[${index}].outputTokens`),
    };
  });
  return {
    feature: raw.feature,
    model: raw.model,
    revenuePerRequestUsd: number(file, raw, 'revenuePerRequestUsd'),
    requestsPerMonth: number(file, raw, 'requestsPerMonth'),
    fallback: fallback as Feature['fallback'],
    evalGate: evalGate as Feature['evalGate'],
    spendCapUsdPerMonth: cap as number | null,
    samples,
  };
}
