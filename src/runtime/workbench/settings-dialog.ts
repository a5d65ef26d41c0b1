import { h, uniqueId } from './dom.ts';
import { defaultOpenAIBaseURL, providerKeyStore, providerLabels, providerOrigin, runnerLabels, type ModelSettings, type Provider, type RealProvider } from './model-settings.ts';
import type { RunnerPreference } from '../runners/auto-runner.ts';
import { DeviceStorage, notSavedNotice } from '../session/device-storage.ts';

function field(label: string, input: HTMLInputElement | HTMLSelectElement, hint?: HTMLElement | string): HTMLElement {
  const id = uniqueId('wb-field');
  input.id = id;
  const hintElement = typeof hint === 'string' ? h('small', {}, hint) : hint;
  if (hintElement) {
    hintElement.id = `${id}-hint`;
    input.setAttribute('aria-describedby', hintElement.id);
  }
  return h('div', { class: 'wb-field' }, h('label', { for: id }, label), input, hintElement);
}

// The in-page runner's requests come from an opaque origin (Origin: null).
// Ollama's OLLAMA_ORIGINS accepts "*" but not "null": its CORS library refuses
// an origin without a scheme (https://docs.ollama.com/faq, as of December 2026).
const ollamaHint = `Leave empty for OpenAI (${defaultOpenAIBaseURL}). Ollama: http://localhost:11434/v1, with Ollama started as OLLAMA_ORIGINS=* ollama serve, because requests from the lab sandbox carry Origin: null.`;

const destination = (provider: Provider, baseURL: string): string => {
  const origin = providerOrigin({ provider, baseURL });
  return origin ? origin.replace(/^https?:\/\//, '') : 'the base URL above (it is not a valid http or https URL yet)';
};

/**
 * The model settings as a modal form; resolves with the new settings, or undefined when cancelled.
 * `onDevice` is false where the browser keeps nothing for this site: then nothing can be remembered.
 */
export function editModelSettings(
  current: ModelSettings,
  keys: (provider: RealProvider) => { read(): string; readonly remembered: boolean } = providerKeyStore,
  onDevice: boolean = new DeviceStorage().available,
): Promise<ModelSettings | undefined> {
  const provider = h('select', {}, ...Object.entries(providerLabels).map(([value, label]) => h('option', { value, selected: value === current.provider }, label)));
  const model = h('input', { type: 'text', value: current.model, placeholder: 'gpt-6-luna, llama3.2, claude-haiku-5-5…', autocomplete: 'off', spellcheck: 'false' });
  const baseURL = h('input', { type: 'url', value: current.baseURL, placeholder: defaultOpenAIBaseURL, autocomplete: 'off' });
  const apiKey = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const remember = h('input', { type: 'checkbox', disabled: !onDevice });
  const keyInFullNode = h('input', { type: 'checkbox', checked: current.keyInFullNode });
  const keyInFullNodeHint = h(
    'small',
    { id: uniqueId('wb-key-full-node') },
    'Off: a run that carries your key always uses the in-page runner, whose sandbox lets lab code reach only this provider. On: full-Node (WebContainer) runs get the key too, and code there can connect to any address, so turn it on only for code you have read.',
  );
  keyInFullNode.setAttribute('aria-describedby', keyInFullNodeHint.id);
  const keyHint = h('small', {});
  // The runner is read as the page loads: where nothing is kept, a choice here could never take effect.
  const runner = h('select', { disabled: !onDevice }, ...Object.entries(runnerLabels).map(([value, label]) => h('option', { value, selected: value === current.runner }, label)));
  const baseURLField = field('Base URL', baseURL, ollamaHint);
  const realOnly = h(
    'fieldset',
    { class: 'wb-real-provider' },
    h('legend', {}, 'Real provider'),
    field('Model name', model),
    baseURLField,
    field('API key', apiKey, keyHint),
    h('label', { class: 'wb-check' }, remember, ' Remember on this device'),
    h('div', { class: 'wb-field' }, h('label', { class: 'wb-check' }, keyInFullNode, ' Let full-Node (WebContainer) runs use this key'), keyInFullNodeHint),
  );

  // Each provider has its own key; what is typed for one stays with it while the learner switches.
  const drafts = new Map<RealProvider, { apiKey: string; remember: boolean }>();
  if (current.provider !== 'stand-in') drafts.set(current.provider, { apiKey: current.apiKey, remember: current.remember });
  let shown: Provider = current.provider;
  const draftFor = (name: RealProvider) => drafts.get(name) ?? { apiKey: keys(name).read(), remember: keys(name).remembered };
  const sync = () => {
    if (shown !== 'stand-in') drafts.set(shown, { apiKey: apiKey.value, remember: remember.checked });
    shown = provider.value as Provider;
    realOnly.hidden = shown === 'stand-in';
    // The base URL belongs to the OpenAI-compatible provider alone; a disabled field is never sent.
    baseURLField.hidden = shown !== 'openai-compatible';
    baseURL.disabled = shown !== 'openai-compatible';
    if (shown === 'stand-in') return;
    const draft = draftFor(shown);
    apiKey.value = draft.apiKey;
    remember.checked = onDevice && draft.remember;
    keyHint.textContent = `Sent only to ${destination(shown, baseURL.value.trim())}, never to this site. It is kept in this page's memory and forgotten when you reload or leave, unless you tick “Remember on this device”, which keeps it in this browser's storage for this site until you untick it. In the in-page runner, lab code can reach only this provider; see below for full-Node runs.`;
  };
  provider.addEventListener('change', sync);
  baseURL.addEventListener('input', () => {
    if (shown === 'openai-compatible') sync();
  });
  sync();

  const dialog = h(
    'dialog',
    { class: 'wb-dialog wb-settings', 'aria-label': 'Settings' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', {}, 'Settings'),
      h('p', {}, 'Labs run on the offline stand-in model unless you choose a real provider here. The tests are written for the stand-in.'),
      onDevice ? undefined : h('p', { class: 'wb-not-saved' }, notSavedNotice('These settings and your key are'), ' They last until you leave this page.'),
      field('Model', provider),
      realOnly,
      field('Runner', runner, onDevice ? 'Takes effect when the page is next loaded.' : 'Automatic, because this browser keeps no choice for the next page.'),
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
      const chosen = provider.value as Provider;
      resolve({
        runner: runner.value as RunnerPreference,
        provider: chosen,
        model: model.value.trim(),
        baseURL: baseURL.value.trim(),
        apiKey: chosen === 'stand-in' ? '' : apiKey.value.trim(),
        remember: onDevice && chosen !== 'stand-in' && remember.checked,
        keyInFullNode: chosen !== 'stand-in' && keyInFullNode.checked,
      });
    });
  });
}
