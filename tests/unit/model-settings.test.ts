import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labEnvironment, loadModelSettings, saveModelSettings, defaultSettings } from '../../src/runtime/workbench/model-settings.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
const storages = () => {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  return { local, session, args: [local as unknown as Storage, session as unknown as Storage] as const };
};

test('the stand-in is the default and its environment carries no key', () => {
  const { args } = storages();
  const settings = loadModelSettings(...args);
  assert.equal(settings.provider, 'stand-in');
  assert.deepEqual(labEnvironment({ ...settings, apiKey: 'sk-secret' }), { LAB_PROVIDER: 'stand-in' });
});

test('the key is kept for the tab only, unless the learner asks to remember it', () => {
  const { local, session, args } = storages();
  saveModelSettings({ runner: 'auto', provider: 'openai-compatible', model: 'gpt-4.1-mini', baseURL: '', apiKey: 'sk-tab', remember: false }, ...args);
  assert.equal(session.getItem('ai-roadmap:model-key:v1'), 'sk-tab');
  assert.equal([...local.items.values()].some((value) => value.includes('sk-tab')), false);
  saveModelSettings({ ...loadModelSettings(...args), remember: true }, ...args);
  assert.equal(local.getItem('ai-roadmap:model-key:v1'), 'sk-tab');
  assert.equal(session.getItem('ai-roadmap:model-key:v1'), null);
});

test('a real provider’s environment names the provider, model, URL and key', () => {
  assert.deepEqual(labEnvironment({ ...defaultSettings, provider: 'openai-compatible', model: 'llama3.2', baseURL: 'http://localhost:11434/v1', apiKey: 'k' }), {
    LAB_PROVIDER: 'openai-compatible',
    LAB_MODEL: 'llama3.2',
    LAB_BASE_URL: 'http://localhost:11434/v1',
    LAB_API_KEY: 'k',
  });
});

test('corrupt or unknown stored settings fall back to the stand-in', () => {
  const { local, args } = storages();
  local.setItem('ai-roadmap:model:v1', '{"provider":"skynet"}');
  assert.equal(loadModelSettings(...args).provider, 'stand-in');
  local.setItem('ai-roadmap:model:v1', 'not json');
  assert.equal(loadModelSettings(...args).provider, 'stand-in');
});
