// What every page runs for progress before anything is stored: a few hundred bytes that load the
// progress UI (progress-ui.ts, with the store) only where there is progress to show (some is stored,
// or the page has a map or stage overview to fill in) or to record (the "done" toggle is pressed, a
// lab's tests pass). A first visit to a chapter pays for none of it.
import { progressKey } from './progress-names.ts';

type ProgressUi = typeof import('./progress-ui.ts');
let ui: Promise<ProgressUi> | undefined;
const loadUi = (): Promise<ProgressUi> => (ui ??= import('./progress-ui.ts'));

/** True when progress is stored, or when storage cannot be read (the UI then says marks are not kept). */
function progressStored(): boolean {
  try {
    return localStorage.getItem(progressKey) !== null;
  } catch {
    return true;
  }
}

if (progressStored() || document.querySelector('[data-progress-chapter], [data-progress-section]')) void loadUi();

document.addEventListener('click', (event) => {
  const path = (event.target as HTMLElement).closest<HTMLElement>('[data-progress-toggle]')?.dataset.progressToggle;
  if (path !== undefined) void loadUi().then(({ toggleChapter }) => toggleChapter(path));
});

document.addEventListener('lab-tests', (event) => {
  const { detail } = event as CustomEvent<Parameters<ProgressUi['recordLabTests']>[0]>;
  void loadUi().then(({ recordLabTests }) => recordLabTests(detail));
});

// Another tab stored progress: this one shows it too.
addEventListener('storage', (event) => {
  if (event.key === progressKey) void loadUi();
});
