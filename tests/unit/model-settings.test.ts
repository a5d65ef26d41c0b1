import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedOrigins,
  defaultSettings,
  labEnvironment,
  loadModelSettings,
  providerKeyStore,
  providerOrigin,
  saveModelSettings,
  type ModelSettings,
  type RealProvider,
} from '../../src/runtime/workbench/model-settings.ts';
import { DeviceStorage } from '../../src/runtime/session/device-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

/** A device's localStorage and this page's memory, both fresh. */
const browser = () => {
  const local = new MemoryStorage();
  const device = new DeviceStorage(local);
  const memory = new Map<string, string>();
  const keys = (provider: RealProvider) => providerKeyStore(provider, device, memory);
  return { local, memory, load: () => loadModelSettings(device, keys), save: (settings: ModelSettings) => saveModelSettings(settings, device, keys) };
};

const anthropic: ModelSettings = { ...defaultSettings, provider: 'anthropic', model: 'claude-haiku-4-5', apiKey: 'sk-ant-secret' };

test('the stand-in is the default and its environment carries no key', () => {
  const settings = browser().load();
  assert.equal(settings.provider, 'stand-in');
  assert.deepEqual(labEnvironment({ ...settings, apiKey: 'sk-secret' }), { LAB_PROVIDER: 'stand-in' });
  assert.deepEqual(allowedOrigins({ ...settings, apiKey: 'sk-secret', baseURL: 'http://localhost:11434/v1' }), []);
});

test('an Anthropic run never gets a base URL, even one left from an Ollama setup', () => {
  const env = labEnvironment({ ...anthropic, baseURL: 'http://localhost:11434/v1' });
  assert.deepEqual(env, { LAB_PROVIDER: 'anthropic', LAB_MODEL: 'claude-haiku-4-5', LAB_API_KEY: 'sk-ant-secret' });
  assert.deepEqual(allowedOrigins({ ...anthropic, baseURL: 'http://localhost:11434/v1' }), ['https://api.anthropic.com']);
});

test('an OpenAI-compatible run gets its base URL, and may connect to that origin only', () => {
  const ollama: ModelSettings = { ...defaultSettings, provider: 'openai-compatible', model: 'llama3.2', baseURL: 'http://localhost:11434/v1', apiKey: 'k' };
  assert.deepEqual(labEnvironment(ollama), { LAB_PROVIDER: 'openai-compatible', LAB_MODEL: 'llama3.2', LAB_BASE_URL: 'http://localhost:11434/v1', LAB_API_KEY: 'k' });
  assert.deepEqual(allowedOrigins(ollama), ['http://localhost:11434']);
  assert.equal(providerOrigin({ provider: 'openai-compatible', baseURL: '' }), 'https://api.openai.com');
  assert.equal(providerOrigin({ provider: 'openai-compatible', baseURL: 'not a url' }), undefined);
  assert.equal(providerOrigin({ provider: 'openai-compatible', baseURL: 'javascript:alert(1)' }), undefined);
});

test('the key is kept in this page’s memory only, unless the learner asks to remember it', () => {
  const { local, memory, load, save } = browser();
  save(anthropic);
  assert.equal([...local.items.values()].some((value) => value.includes('sk-ant-secret')), false, 'the key reached localStorage');
  assert.equal(load().apiKey, 'sk-ant-secret');
  memory.clear(); // a reload
  assert.equal(load().apiKey, '');

  save({ ...anthropic, remember: true });
  memory.clear();
  assert.equal(load().apiKey, 'sk-ant-secret');
  assert.equal(load().remember, true);

  save({ ...load(), remember: false });
  assert.equal([...local.items.values()].some((value) => value.includes('sk-ant-secret')), false, 'unticking left the key on the device');
  memory.clear();
  assert.equal(load().apiKey, '');
});

test('each provider keeps its own key, so switching provider never sends one provider’s key to another', () => {
  const { load, save } = browser();
  save({ ...defaultSettings, provider: 'openai-compatible', model: 'gpt-4.1-mini', apiKey: 'sk-openai' });
  save({ ...anthropic, apiKey: 'sk-ant' });
  assert.equal(load().apiKey, 'sk-ant');
  save({ ...load(), provider: 'openai-compatible', apiKey: 'sk-openai' });
  assert.equal(load().apiKey, 'sk-openai');
  save({ ...load(), provider: 'anthropic', apiKey: '' });
  assert.equal(load().apiKey, '', 'the OpenAI key was offered to Anthropic');
});

test('the settings JSON never holds a key, and the key of older versions is removed', () => {
  const { local, load, save } = browser();
  local.setItem('ai-roadmap:model-key:v1', 'sk-old');
  save({ ...anthropic, remember: true });
  assert.doesNotMatch(local.getItem('ai-roadmap:model:v1') ?? '', /sk-ant-secret/);
  load();
  assert.equal(local.getItem('ai-roadmap:model-key:v1'), null);
});

test('corrupt or unknown stored settings fall back to the stand-in', () => {
  const { local, load } = browser();
  local.setItem('ai-roadmap:model:v1', '{"provider":"skynet"}');
  assert.equal(load().provider, 'stand-in');
  local.setItem('ai-roadmap:model:v1', 'not json');
  assert.equal(load().provider, 'stand-in');
  // Names every object has are not providers or runners.
  local.setItem('ai-roadmap:model:v1', '{"provider":"toString","runner":"constructor"}');
  assert.equal(load().provider, 'stand-in');
  assert.equal(load().runner, 'auto');
  local.setItem('ai-roadmap:model:v1', '42');
  assert.equal(load().provider, 'stand-in');
});

test('full-Node runs get the key only once the learner allows it, and the choice is kept', () => {
  const { local, load, save } = browser();
  assert.equal(load().keyInFullNode, false);
  save({ ...anthropic, keyInFullNode: true });
  assert.equal(load().keyInFullNode, true);
  local.setItem('ai-roadmap:model:v1', JSON.stringify({ provider: 'anthropic', keyInFullNode: 'yes' }));
  assert.equal(load().keyInFullNode, false, 'only a stored true allows it');
});
