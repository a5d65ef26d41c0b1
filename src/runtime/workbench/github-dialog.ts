import { h, uniqueId } from './dom.ts';
import { exportToGitHub, GitHubExportError, type GitHubExportResult } from '../export/github.ts';
import { isHttpsOrLocal } from '../export/safe-url.ts';
import type { FileMap } from '../export/standalone.ts';
import { forgetLegacySecret, secretStore } from '../session/secret-store.ts';
import { DeviceStorage, notSavedNotice } from '../session/device-storage.ts';

// The token lives in this page's memory, or on this device when the learner asks (see secret-store.ts).
const githubToken = () => secretStore('ai-roadmap:github-token:v2');
// Older versions kept the token in sessionStorage under this name.
const legacyTokenKey = 'ai-roadmap:github-token:v1';
const apiBaseKey = 'ai-roadmap:github-api:v1';
// The address last used on this page, for browsers that keep nothing on the device.
let apiBaseThisPage: string | undefined;
const newTokenUrl =
  'https://github.com/settings/personal-access-tokens/new?name=AI+Engineer+Roadmap+lab&description=Push+a+lab+to+a+new+repository';

function labelled(label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string): HTMLElement {
  input.id = uniqueId('wb-gh');
  const note = hint ? h('small', { id: `${input.id}-hint` }, hint) : undefined;
  if (note) input.setAttribute('aria-describedby', note.id);
  return h('div', { class: 'wb-field' }, h('label', { for: input.id }, label), input, note);
}

/**
 * The "create a GitHub repository" dialog: name, visibility, token, then the
 * one-commit push with its steps shown, ending on the new repository's URL.
 */
export function openGitHubDialog(slug: string, projectFiles: () => FileMap): void {
  const name = h('input', { type: 'text', value: slug, required: true, pattern: '[A-Za-z0-9._-]+', autocomplete: 'off' });
  const visibility = h('select', {}, h('option', { value: 'public' }, 'Public'), h('option', { value: 'private' }, 'Private'));
  forgetLegacySecret(legacyTokenKey);
  const device = new DeviceStorage();
  const tokenStore = githubToken();
  const token = h('input', { type: 'password', required: true, autocomplete: 'off', value: tokenStore.read() });
  const rememberToken = h('input', { type: 'checkbox', checked: tokenStore.remembered, disabled: !device.available });
  const remembered = apiBaseThisPage ?? device.read(apiBaseKey);
  const apiBase = h('input', { type: 'url', value: remembered && isHttpsOrLocal(remembered) ? remembered : 'https://api.github.com' });
  const steps = h('ol', { class: 'wb-steps', 'aria-live': 'polite' });
  const outcome = h('p', { class: 'wb-outcome', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'wb-button wb-primary' }, 'Create the repository');
  const close = h('button', { type: 'button', class: 'wb-button' }, 'Close');
  let retryInto: GitHubExportError['created'];

  const form = h(
    'form',
    {},
    h('h2', {}, 'Push this lab to a new GitHub repository'),
    h(
      'p',
      {},
      'You need a token. ',
      h('a', { href: newTokenUrl, target: '_blank', rel: 'noopener' }, 'Create a fine-grained token'),
      ' with Administration: write and Contents: write (or a classic token with public_repo).',
    ),
    labelled('Repository name', name),
    labelled('Visibility', visibility),
    labelled(
      'Token',
      token,
      'The token is sent only to GitHub (api.github.com, or your own server under “GitHub Enterprise Server”), never to this site. It is kept in this page’s memory and forgotten when you reload or leave, unless you tick “Remember on this device”, which keeps it in this browser’s storage for this site until you untick it.',
    ),
    h('label', { class: 'wb-check' }, rememberToken, ' Remember on this device'),
    device.available ? undefined : h('p', { class: 'wb-not-saved' }, notSavedNotice('The token and the server address are'), ' They last until you leave this page.'),
    h('details', {}, h('summary', {}, 'GitHub Enterprise Server'), labelled('API base URL', apiBase, 'For example https://github.example.com/api/v3')),
    steps,
    outcome,
    h('div', { class: 'wb-dialog-actions' }, close, submit),
  );
  const dialog = h('dialog', { class: 'wb-dialog', 'aria-label': 'Push to GitHub' }, form);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    steps.replaceChildren();
    outcome.textContent = '';
    if (!isHttpsOrLocal(apiBase.value.trim())) {
      outcome.textContent = 'The API base URL must start with https:// (plain http:// only for localhost), so that the token never travels in clear text.';
      submit.disabled = false;
      apiBase.focus();
      return;
    }
    tokenStore.write(token.value.trim(), rememberToken.checked);
    apiBaseThisPage = apiBase.value.trim();
    device.write(apiBaseKey, apiBase.value.trim());
    try {
      const result: GitHubExportResult = await exportToGitHub({
        apiBase: apiBase.value,
        token: token.value.trim(),
        name: name.value.trim(),
        private: visibility.value === 'private',
        description: 'A lab from AI Engineer Roadmap',
        files: projectFiles(),
        ...(retryInto ? { existing: retryInto } : {}),
        onStep: (step) => steps.append(h('li', {}, step)),
      });
      retryInto = undefined;
      // The address comes from the server: only an https (or local) one becomes a link.
      outcome.replaceChildren('Done: ', isHttpsOrLocal(result.url) ? h('a', { href: result.url, target: '_blank', rel: 'noopener' }, result.url) : result.url);
      submit.textContent = 'Push again into a new repository';
    } catch (error) {
      const failure = error instanceof GitHubExportError ? error : undefined;
      retryInto = failure?.created;
      outcome.textContent = `${error instanceof Error ? error.message : String(error)}${retryInto ? ` The repository ${retryInto.url} was created; press Retry to commit into it.` : ''}`;
      submit.textContent = retryInto ? 'Retry into the same repository' : 'Try again';
    } finally {
      submit.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  name.focus();
}
