// @ai-roadmap/kit: what every lab of AI Engineer Roadmap shares. See README.md.
export { createStandInModel, type StandInOptions } from './stand-in/model.ts';
export { defaultRules, answerFromToolResults, mentions, type StandInRule, type JsonValue } from './stand-in/rules.ts';
export type { StandInContext } from './stand-in/context.ts';
export { objectFromSchema } from './stand-in/object-from-schema.ts';
export {
  getModel,
  getEmbeddingModel,
  settingsFromEnvironment,
  providerNames,
  defaultOpenAIBaseURL,
  defaultEmbeddingModel,
  type ModelSettings,
  type EmbeddingSettings,
  type ProviderName,
} from './provider.ts';
// Counting tokens: import { countTokens, tokenize, truncateToTokens } from '@ai-roadmap/kit/tokens'.
export { loadTokenizer, type Tokenizer } from './tokens-on-demand.ts';
export { onUsage, reportUsage, type UsageEvent, type UsageListener } from './usage.ts';
export { withUsageReporting, withEmbeddingUsageReporting } from './usage-reporting.ts';
export { snapshotDateSuffix, findModelRow } from './model-id.ts';
export { prices, priceOf, costOf, ratesFor, monthlyCost, priceRowSchema, priceTableSchema, longContextSchema, type PriceRow, type TokenUsage } from './cost.ts';
export { hashedNgramEmbedding, cosineSimilarity, createHashedNgramEmbeddingModel, fnv1a, type HashedNgramOptions } from './embeddings.ts';
export { plot, checkPlot, plotLimits, type PlotSpec, type PlotSeries, type PlotPoint, type PlotAxis, type PlotKind } from './plot.ts';
export { textChart } from './text-chart.ts';
export { seededRandom } from './random.ts';
export { percentile, wilsonInterval, type Interval } from './statistics.ts';
