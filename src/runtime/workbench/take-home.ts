import { h } from './dom.ts';
import { standaloneProject, type FileMap } from '../export/standalone.ts';
import { loadKit } from '../export/kit-files.ts';

// The exports load only when used: they are not needed to read or run a lab.


export interface TakeHomeOptions {
  slug: string;
  title: string;
  entry: string;
  files(): FileMap;
  degitCommand: string;
  report(message: string): void;
}

/** "Take it home": download a zip, push to GitHub, open in StackBlitz, or copy the command. */
export function takeHomeBar(options: TakeHomeOptions): HTMLElement {
  const project = async () => standaloneProject(options.slug, options.files(), await loadKit());
  const button = (label: string, action: () => Promise<void> | void) => {
    const element = h('button', { type: 'button', class: 'wb-button' }, label);
    element.addEventListener('click', () => {
      Promise.resolve(action()).catch((error: unknown) => options.report(`${label} failed: ${error instanceof Error ? error.message : String(error)}`));
    });
    return element;
  };
  const copy = button('Copy the command', async () => {
    await navigator.clipboard.writeText(options.degitCommand);
    options.report('Command copied.');
  });
  return h(
    'div',
    { class: 'wb-take-home', role: 'group', 'aria-label': 'Take this lab home' },
    h('span', { class: 'wb-take-home-label' }, 'Take it home:'),
    button('Download .zip', async () => {
      const [{ downloadBytes, zipProject }, files] = await Promise.all([import('../export/zip.ts'), project()]);
      downloadBytes(`${options.slug}.zip`, zipProject(options.slug, files));
    }),
    button('Push to GitHub…', async () => {
      const [{ openGitHubDialog }, files] = await Promise.all([import('./github-dialog.ts'), project()]);
      openGitHubDialog(options.slug, () => files);
    }),
    button('Open in StackBlitz', async () => {
      const [{ openInStackBlitz }, files] = await Promise.all([import('../export/stackblitz.ts'), project()]);
      await openInStackBlitz(options.title, files, options.entry);
    }),
    h('code', { class: 'wb-degit' }, options.degitCommand),
    copy,
  );
}
