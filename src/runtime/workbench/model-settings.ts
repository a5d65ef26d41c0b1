// Which model the labs call. The stand-in is the default and needs nothing.
// Each real provider has its own key (see secret-store.ts for where it is
// kept), so a key typed for one provider is never sent to another. A run gets
// the key only when a real provider is chosen, and its sandbox may connect to
// that provider's origin and nowhere else.
import type { RunnerPreference } from '../runners/auto-runner.ts';
import { forgetLegacySecret, secretStore, type SecretStore } from '../session/secret-store.ts';
import { browserArea, DeviceStorage, readJson } from '../session/device-storage.ts';

export type Provider = 'stand-in' | 'openai-compatible' | 'anthropic';
export type RealProvider = Exclude<Provider, 'stand-in'>;

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
  /** The OpenAI-compatible endpoint; no other provider uses it. */
  baseURL: string;
  /** The key for the chosen provider ('' for the stand-in). */
  apiKey: string;
  /** Whether that key is kept on this device rather than for this page only. */
  remember: boolean;
  /**
   * Whether full-Node (WebContainer) runs may get the key. Off unless the learner
   * turns it on: code in a WebContainer can connect to any address, while the
   * in-page runner's sandbox lets it reach only the chosen provider.
   */
  keyInFullNode: boolean;
}

export const providerLabels: Record<Provider, string> = {
  'stand-in': 'Stand-in model (offline, no key)',
  'openai-compatible': 'OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, OpenRouter)',
  anthropic: 'Anthropic',
};

export const defaultOpenAIBaseURL = 'https://api.openai.com/v1';
export const anthropicOrigin = 'https://api.anthropic.com';

const settingsKey = 'ai-roadmap:model:v1';
// Before keys were kept per provider, one key lived here, in sessionStorage or localStorage.
const legacyKeyName = 'ai-roadmap:model-key:v1';
export const defaultSettings: ModelSettings = { runner: 'auto', provider: 'stand-in', model: '', baseURL: '', apiKey: '', remember: false, keyInFullNode: false };

/** Where the key of one real provider is kept. */
export const providerKeyStore = (provider: RealProvider, device?: DeviceStorage, memory?: Map<string, string>): SecretStore =>
  secretStore(`ai-roadmap:model-key:${provider}:v2`, device, memory);

type KeyStores = (provider: RealProvider) => SecretStore;
const deviceKeyStores = (local: DeviceStorage): KeyStores => (provider) => providerKeyStore(provider, local);

const isOneOf = <K extends string>(labels: Record<K, string>, value: unknown): value is K => typeof value === 'string' && Object.hasOwn(labels, value);

export function loadModelSettings(local: DeviceStorage = new DeviceStorage(), keys: KeyStores = deviceKeyStores(local)): ModelSettings {
  forgetLegacySecret(legacyKeyName, [local, new DeviceStorage(browserArea('sessionStorage'))]);
  const json = readJson(local, settingsKey);
  const stored: Partial<Record<keyof ModelSettings, unknown>> = typeof json === 'object' && json !== null ? json : {};
  const provider: Provider = isOneOf(providerLabels, stored.provider) ? stored.provider : 'stand-in';
  const runner: RunnerPreference = isOneOf(runnerLabels, stored.runner) ? stored.runner : 'auto';
  const settings: ModelSettings = {
    ...defaultSettings,
    runner,
    provider,
    model: typeof stored.model === 'string' ? stored.model : '',
    baseURL: typeof stored.baseURL === 'string' ? stored.baseURL : '',
    keyInFullNode: stored.keyInFullNode === true,
  };
  if (provider === 'stand-in') return settings;
  const key = keys(provider);
  return { ...settings, apiKey: key.read(), remember: key.remembered };
}

/** Saves the settings; the key goes to the chosen provider's secret store, never into the settings JSON. */
export function saveModelSettings(settings: ModelSettings, local: DeviceStorage = new DeviceStorage(), keys: KeyStores = deviceKeyStores(local)): boolean {
  const { runner, provider, model, baseURL, keyInFullNode } = settings;
  local.write(settingsKey, JSON.stringify({ runner, provider, model, baseURL, keyInFullNode }));
  return provider === 'stand-in' ? true : keys(provider).write(settings.apiKey, settings.remember);
}

/** The origin a provider's requests go to, or undefined for the stand-in (or an unusable base URL). */
export function providerOrigin(settings: Pick<ModelSettings, 'provider' | 'baseURL'>): string | undefined {
  if (settings.provider === 'stand-in') return undefined;
  if (settings.provider === 'anthropic') return anthropicOrigin;
  try {
    const url = new URL(settings.baseURL || defaultOpenAIBaseURL);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The LAB_* environment for a run: nothing secret unless a real provider is
 * chosen, and LAB_BASE_URL only for the OpenAI-compatible provider (a base URL
 * left from an Ollama setup must never receive an Anthropic key).
 */
export function labEnvironment(settings: ModelSettings): Record<string, string> {
  if (settings.provider === 'stand-in') return { LAB_PROVIDER: 'stand-in' };
  const env: Record<string, string> = { LAB_PROVIDER: settings.provider };
  if (settings.model) env.LAB_MODEL = settings.model;
  if (settings.provider === 'openai-compatible' && settings.baseURL) env.LAB_BASE_URL = settings.baseURL;
  if (settings.apiKey) env.LAB_API_KEY = settings.apiKey;
  return env;
}

/** The origins a run's code may connect to: the chosen provider's, none for the stand-in. */
export const allowedOrigins = (settings: ModelSettings): string[] => {
  const origin = providerOrigin(settings);
  return origin ? [origin] : [];
};

export const describeModel = (settings: ModelSettings): string =>
  settings.provider === 'stand-in' ? 'stand-in model' : `${settings.model || '(no model name)'} via ${settings.provider === 'anthropic' ? 'Anthropic' : settings.baseURL || 'OpenAI'}`;
