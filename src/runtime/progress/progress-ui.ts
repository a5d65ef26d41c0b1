// Progress on every page: ticks in the sidebar, the chapter's "done" toggle,
// the home map and stage overviews. Stored locally only. Export, import and clear
// live in progress-panel.ts, loaded only where the panel is.
import { ProgressStore, progressEvent, progressKey, type Progress } from './progress-store.ts';
import { DeviceStorage, notSavedNotice } from '../session/device-storage.ts';

const store = new ProgressStore(new DeviceStorage(), () => dispatchEvent(new Event(progressEvent)));
const normalise = (href: string): string => new URL(href, location.href).pathname.replace(/\/?$/, '/');

/** Which chapter page holds each lab, written into every page at build time. */
const labPages: Record<string, string> = JSON.parse(document.getElementById('lab-chapters')?.textContent || '{}');

function mark(link: HTMLAnchorElement, kind: 'tick' | 'lab', shown: boolean, symbol: string, label: string): void {
  let element = link.querySelector<HTMLElement>(`.progress-${kind}`);
  if (!shown) return element?.remove();
  if (element) return;
  element = Object.assign(document.createElement('span'), { className: `progress-${kind}` });
  element.innerHTML = `<span aria-hidden="true">${symbol}</span><span class="sr-only"> (${label})</span>`;
  link.append(element);
}

/** A chapter's status in words: marking it done and passing its lab are two separate facts. */
function nodeStatus(done: boolean, labPassed: boolean): string {
  if (done && labPassed) return 'done · lab passed';
  if (done) return 'done';
  return labPassed ? 'lab passed' : 'not started';
}

function render(progress: Progress = store.read()): void {
  const labsDone = new Set(Object.keys(progress.labs).map((slug) => labPages[slug]));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
    const page = normalise(link.href);
    mark(link, 'tick', page in progress.chapters, '✓', 'done');
    mark(link, 'lab', labsDone.has(page), '⚗', 'lab passed');
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const done = (node.dataset.progressChapter ?? '') in progress.chapters;
    const lab = node.dataset.progressLab;
    const labPassed = lab !== undefined && lab in progress.labs;
    node.dataset.status = done ? 'done' : 'todo';
    if (lab !== undefined) node.dataset.labStatus = labPassed ? 'passed' : 'todo';
    const status = node.querySelector('.progress-status');
    if (status) status.textContent = nodeStatus(done, labPassed);
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-progress-section]')) {
    const chapters = [...section.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
    const done = chapters.filter((node) => node.dataset.status === 'done').length;
    const withLab = chapters.filter((node) => node.dataset.labStatus !== undefined);
    const passed = withLab.filter((node) => node.dataset.labStatus === 'passed').length;
    const bar = section.querySelector('progress');
    if (bar) bar.value = done;
    const chaptersCount = section.querySelector('[data-progress-chapters-count]');
    if (chaptersCount) chaptersCount.textContent = `${done} of ${chapters.length} chapters done`;
    const labsCount = section.querySelector('[data-progress-labs-count]');
    if (labsCount) labsCount.textContent = `${passed} of ${withLab.length} labs passed`;
  }
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-progress-toggle]')) {
    const done = (toggle.dataset.progressToggle ?? '') in progress.chapters;
    toggle.setAttribute('aria-pressed', String(done));
    toggle.textContent = done ? '✓ Chapter done (click to undo)' : 'Mark this chapter as done';
  }
}

/** Says, beside the "done" toggle, that marks are not kept; the same words each time, so it is said once. */
function sayNotSaved(): void {
  const note = store.persistent ? 'Your progress could not be saved: this browser’s storage for this site is full.' : notSavedNotice('Your progress is');
  for (const element of document.querySelectorAll('[data-progress-note]')) element.textContent = `${note} Marks last until you leave the page.`;
}

document.addEventListener('click', (event) => {
  const toggle = (event.target as HTMLElement).closest<HTMLElement>('[data-progress-toggle]');
  const path = toggle?.dataset.progressToggle;
  if (path !== undefined && !store.setChapter(path, !(path in store.read().chapters))) sayNotSaved();
});

// A lab counts as done when all its tests pass in the page.
document.addEventListener('lab-tests', (event) => {
  const { slug, passed, total } = (event as CustomEvent<{ slug: string; passed: number; total: number }>).detail;
  if (total > 0 && passed === total && !store.markLab(slug)) sayNotSaved();
});

addEventListener(progressEvent, () => render());
addEventListener('storage', (event) => event.key === progressKey && render());
render();
if (!store.persistent) sayNotSaved();
