import { h, uniqueId } from './dom.ts';
import { providerLabels, runnerLabels, type ModelSettings, type Provider } from './model-settings.ts';
import type { RunnerPreference } from '../runners/auto-runner.ts';

function field(label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string): HTMLElement {
  const id = uniqueId('wb-field');
  input.id = id;
  const hintElement = hint ? h('small', { id: `${id}-hint` }, hint) : undefined;
  if (hintElement) input.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'wb-field' }, h('label', { for: id }, label), input, hintElement);
}

/** The model settings as a modal form; resolves with the new settings, or undefined when cancelled. */
export function editModelSettings(current: ModelSettings): Promise<ModelSettings | undefined> {
  const provider = h('select', {}, ...Object.entries(providerLabels).map(([value, label]) => h('option', { value, selected: value === current.provider }, label)));
  const model = h('input', { type: 'text', value: current.model, placeholder: 'gpt-4.1-mini, llama3.2, claude-haiku-4-5…', autocomplete: 'off', spellcheck: 'false' });
  const baseURL = h('input', { type: 'url', value: current.baseURL, placeholder: 'https://api.openai.com/v1', autocomplete: 'off' });
  const apiKey = h('input', { type: 'password', value: current.apiKey, autocomplete: 'off', spellcheck: 'false' });
  const remember = h('input', { type: 'checkbox', checked: current.remember });
  const runner = h('select', {}, ...Object.entries(runnerLabels).map(([value, label]) => h('option', { value, selected: value === current.runner }, label)));
  const realOnly = h(
    'fieldset',
    { class: 'wb-real-provider' },
    h('legend', {}, 'Real provider'),
    field('Model name', model),
    field('Base URL (OpenAI-compatible only)', baseURL, 'Leave empty for OpenAI. Ollama: http://localhost:11434/v1 (allow this site in OLLAMA_ORIGINS).'),
    field('API key', apiKey, 'Stays in this browser and is sent only to the provider above, never to this site.'),
    h('label', { class: 'wb-check' }, remember, ' Remember the key on this device (otherwise it is forgotten when this tab closes)'),
  );
  const syncVisibility = () => {
    realOnly.hidden = provider.value === 'stand-in';
  };
  provider.addEventListener('change', syncVisibility);
  syncVisibility();

  const dialog = h(
    'dialog',
    { class: 'wb-dialog wb-settings', 'aria-label': 'Settings' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', {}, 'Settings'),
      h('p', {}, 'Labs run on the offline stand-in model unless you choose a real provider here. The tests are written for the stand-in.'),
      field('Model', provider),
      realOnly,
      field('Runner', runner, 'Takes effect when the page is next loaded.'),
      h('div', { class: 'wb-dialog-actions' }, h('button', { type: 'submit', value: 'cancel', class: 'wb-button' }, 'Cancel'), h('button', { type: 'submit', value: 'save', class: 'wb-button wb-primary' }, 'Save')),
    ),
  );
  document.body.append(dialog);
  dialog.showModal();
  provider.focus();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (dialog.returnValue !== 'save') return resolve(undefined);
      resolve({ runner: runner.value as RunnerPreference, provider: provider.value as Provider, model: model.value.trim(), baseURL: baseURL.value.trim(), apiKey: apiKey.value.trim(), remember: remember.checked });
    });
  });
}
