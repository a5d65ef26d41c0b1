// Which model the labs call. The stand-in is the default and needs nothing.
// The API key stays in this browser: in sessionStorage (this tab) unless the
// learner ticks "remember on this device", and it is handed only to the lab run
// when a real provider is chosen, which sends it only to that provider's URL.
import type { RunnerPreference } from '../runners/auto-runner.ts';

export type Provider = 'stand-in' | 'openai-compatible' | 'anthropic';

export const runnerLabels: Record<RunnerPreference, string> = {
  auto: 'Automatic: full Node (WebContainer) where it starts, else in the page',
  quick: 'In-page runner (offline, any browser)',
  webcontainer: 'Full Node in a WebContainer (needs StackBlitz to be reachable)',
};

export interface ModelSettings {
  /** Which runner runs the labs: automatic (WebContainer where it boots), or one of the two. */
  runner: RunnerPreference;
  provider: Provider;
  model: string;
  baseURL: string;
  apiKey: string;
  remember: boolean;
}

export const providerLabels: Record<Provider, string> = {
  'stand-in': 'Stand-in model (offline, no key)',
  'openai-compatible': 'OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, OpenRouter)',
  anthropic: 'Anthropic',
};

const settingsKey = 'ai-roadmap:model:v1';
const apiKeyKey = 'ai-roadmap:model-key:v1';
export const defaultSettings: ModelSettings = { runner: 'auto', provider: 'stand-in', model: '', baseURL: '', apiKey: '', remember: false };

const safely = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch {
    return fallback;
  }
};

export function loadModelSettings(local: Storage | undefined = globalThis.localStorage, session: Storage | undefined = globalThis.sessionStorage): ModelSettings {
  const stored = safely(() => JSON.parse(local?.getItem(settingsKey) ?? 'null') as Partial<ModelSettings> | null, null) ?? {};
  const apiKey = safely(() => session?.getItem(apiKeyKey) ?? local?.getItem(apiKeyKey) ?? '', '');
  const provider: Provider = stored.provider && stored.provider in providerLabels ? stored.provider : 'stand-in';
  const runner: RunnerPreference = stored.runner && stored.runner in runnerLabels ? stored.runner : 'auto';
  return { ...defaultSettings, ...stored, provider, runner, apiKey };
}

export function saveModelSettings(settings: ModelSettings, local: Storage | undefined = globalThis.localStorage, session: Storage | undefined = globalThis.sessionStorage): void {
  const { apiKey, ...rest } = settings;
  safely(() => {
    local?.setItem(settingsKey, JSON.stringify(rest));
    local?.removeItem(apiKeyKey);
    session?.removeItem(apiKeyKey);
    if (apiKey) (settings.remember ? local : session)?.setItem(apiKeyKey, apiKey);
  }, undefined);
}

/** The LAB_* environment for a run: nothing secret unless a real provider is chosen. */
export function labEnvironment(settings: ModelSettings): Record<string, string> {
  if (settings.provider === 'stand-in') return { LAB_PROVIDER: 'stand-in' };
  const env: Record<string, string> = { LAB_PROVIDER: settings.provider };
  if (settings.model) env.LAB_MODEL = settings.model;
  if (settings.baseURL) env.LAB_BASE_URL = settings.baseURL;
  if (settings.apiKey) env.LAB_API_KEY = settings.apiKey;
  return env;
}

export const describeModel = (settings: ModelSettings): string =>
  settings.provider === 'stand-in' ? 'stand-in model' : `${settings.model || '(no model name)'} via ${settings.provider === 'anthropic' ? 'Anthropic' : settings.baseURL || 'OpenAI'}`;
