import type { EmbeddingModelV4, LanguageModelV4 } from '@ai-sdk/provider';
import { createStandInModel, type StandInOptions } from './stand-in/model.ts';
import { embeddingModelOnDemand, languageModelOnDemand } from './on-demand-model.ts';
import { createHashedNgramEmbeddingModel } from './embeddings.ts';
import { withEmbeddingUsageReporting, withUsageReporting } from './usage-reporting.ts';

export const providerNames = ['stand-in', 'openai-compatible', 'anthropic'] as const;
export type ProviderName = (typeof providerNames)[number];

export interface ModelSettings {
  provider: ProviderName;
  /** The model name, e.g. gpt-6-luna, llama3.2, claude-haiku-5-5. */
  model: string;
  /**
   * The OpenAI-compatible endpoint, default OpenAI's. Only that provider uses
   * it: a base URL left from an Ollama or OpenRouter setup must never receive
   * an Anthropic key, so Anthropic always goes to api.anthropic.com.
   */
  baseURL: string;
  apiKey: string;
}

export interface EmbeddingSettings extends ModelSettings {
  /** The embedding model name (LAB_EMBEDDING_MODEL), default text-embedding-3-small. */
  embeddingModel: string;
}

export const defaultOpenAIBaseURL = 'https://api.openai.com/v1';
export const defaultEmbeddingModel = 'text-embedding-3-small';

type Environment = Record<string, string | undefined>;
const processEnvironment = (): Environment => (globalThis as { process?: { env?: Environment } }).process?.env ?? {};

/**
 * Settings from LAB_PROVIDER, LAB_MODEL, LAB_BASE_URL, LAB_API_KEY and
 * LAB_EMBEDDING_MODEL, read from process.env (Node, or the page's runner).
 */
export function settingsFromEnvironment(env: Environment = processEnvironment()): Partial<EmbeddingSettings> {
  const settings: Partial<EmbeddingSettings> = {};
  if (env.LAB_PROVIDER) settings.provider = env.LAB_PROVIDER.trim() as ProviderName;
  if (env.LAB_MODEL) settings.model = env.LAB_MODEL.trim();
  if (env.LAB_BASE_URL) settings.baseURL = env.LAB_BASE_URL.trim();
  if (env.LAB_API_KEY) settings.apiKey = env.LAB_API_KEY.trim();
  if (env.LAB_EMBEDDING_MODEL) settings.embeddingModel = env.LAB_EMBEDDING_MODEL.trim();
  return settings;
}

function resolveSettings<T extends Partial<EmbeddingSettings>>(settings: T): T & { provider: ProviderName } {
  const chosen = { ...settingsFromEnvironment(), ...settings };
  const provider = chosen.provider ?? 'stand-in';
  if (!providerNames.includes(provider)) {
    throw new Error(`Unknown LAB_PROVIDER "${String(provider)}": use one of ${providerNames.join(', ')}.`);
  }
  return { ...chosen, provider };
}

function required(value: string | undefined, variable: string, provider: ProviderName, example: string): string {
  if (!value) throw new Error(`LAB_PROVIDER=${provider} needs ${variable} to be set (for example ${variable}=${example}).`);
  return value;
}

// Anthropic's API answers a browser's CORS request only when it carries this
// header; its own TypeScript SDK sends it when `dangerouslyAllowBrowser` is
// set, and @ai-sdk/anthropic 4 does not send it (as of December 2026). In the
// page the key is the learner's own, typed into their browser, which is the
// case the header exists for. Node ignores CORS, so the header changes nothing there.
export const anthropicBrowserHeaders = { 'anthropic-dangerous-direct-browser-access': 'true' } as const;

/** The OpenAI-compatible provider for these settings, its package loaded on first use. */
function openAICompatible(settings: Partial<ModelSettings>) {
  const baseURL = settings.baseURL ?? defaultOpenAIBaseURL;
  // OpenAI itself needs a key; a local endpoint (Ollama, vLLM) usually does not.
  if (baseURL === defaultOpenAIBaseURL) required(settings.apiKey, 'LAB_API_KEY', 'openai-compatible', 'sk-...');
  return async () =>
    (await import('@ai-sdk/openai-compatible')).createOpenAICompatible({ name: 'openai-compatible', baseURL, includeUsage: true, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) });
}

/**
 * The model a lab calls: the stand-in unless the settings (or the LAB_*
 * environment variables) choose an OpenAI-compatible endpoint or Anthropic.
 * Settings passed here win over the environment. Every model returned reports
 * its token usage (see usage.ts).
 */
export function getModel(settings: Partial<ModelSettings> = {}, standInOptions: StandInOptions = {}): LanguageModelV4 {
  const chosen = resolveSettings(settings);
  switch (chosen.provider) {
    case 'stand-in':
      return createStandInModel(standInOptions); // it reports usage itself
    case 'openai-compatible': {
      const model = required(chosen.model, 'LAB_MODEL', chosen.provider, 'gpt-6-luna');
      const provider = openAICompatible(chosen);
      return withUsageReporting(languageModelOnDemand('openai-compatible.chat', model, async () => (await provider()).chatModel(model)));
    }
    case 'anthropic': {
      const model = required(chosen.model, 'LAB_MODEL', chosen.provider, 'claude-haiku-5-5');
      const apiKey = required(chosen.apiKey, 'LAB_API_KEY', chosen.provider, 'sk-ant-...');
      return withUsageReporting(
        languageModelOnDemand('anthropic.messages', model, async () => (await import('@ai-sdk/anthropic')).createAnthropic({ apiKey, headers: anthropicBrowserHeaders })(model)),
      );
    }
  }
}

/**
 * The embedding model a lab calls: offline hashed n-gram vectors (lexical, not
 * semantic) for the stand-in, and also for Anthropic, which has no embeddings
 * API; an OpenAI-compatible endpoint's embeddings (LAB_EMBEDDING_MODEL, default
 * text-embedding-3-small) for openai-compatible.
 */
export function getEmbeddingModel(settings: Partial<EmbeddingSettings> = {}): EmbeddingModelV4 {
  const chosen = resolveSettings(settings);
  if (chosen.provider !== 'openai-compatible') return createHashedNgramEmbeddingModel();
  const provider = openAICompatible(chosen);
  const modelId = chosen.embeddingModel ?? defaultEmbeddingModel;
  return withEmbeddingUsageReporting(embeddingModelOnDemand('openai-compatible.embedding', modelId, async () => (await provider()).embeddingModel(modelId)));
}
