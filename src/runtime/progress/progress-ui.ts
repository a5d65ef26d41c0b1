// Progress on every page: ticks in the sidebar, the chapter's "done" toggle,
// the home map and stage overviews. Stored locally only. Loaded by progress-boot.ts
// where there is progress to show or to record. Export, import and clear live in
// progress-panel.ts, loaded only where the panel is.
import { ProgressStore, labStanding, type LabStanding, type Progress } from './progress-store.ts';
import { progressEvent, progressKey } from './progress-names.ts';
import { DeviceStorage, notSavedNotice } from '../session/device-storage.ts';

const store = new ProgressStore(new DeviceStorage(), () => dispatchEvent(new Event(progressEvent)));
const normalise = (href: string): string => new URL(href, location.href).pathname.replace(/\/?$/, '/');

/** Which chapter page holds each lab, written into every page at build time. */
const labPages: Record<string, string> = JSON.parse(document.getElementById('lab-chapters')?.textContent || '{}');

function mark(link: HTMLAnchorElement, kind: 'tick' | 'lab', shown: boolean, symbol: string, label: string, variant = ''): void {
  let element = link.querySelector<HTMLElement>(`.progress-${kind}`);
  if (!shown) return element?.remove();
  if (element?.dataset.variant === variant) return;
  element?.remove();
  element = Object.assign(document.createElement('span'), { className: `progress-${kind}`, title: label });
  element.dataset.variant = variant;
  element.innerHTML = `<span aria-hidden="true">${symbol}</span><span class="sr-only"> (${label})</span>`;
  link.append(element);
}

const labWords: Record<LabStanding, string> = { passed: 'lab passed', solution: 'lab passed with the solution', todo: '' };

/** A chapter's status in words: marking it done and passing its lab are two separate facts. */
function nodeStatus(done: boolean, lab: LabStanding): string {
  const words = [done ? 'done' : '', labWords[lab]].filter(Boolean);
  return words.length > 0 ? words.join(' · ') : 'not started';
}

/** The lab standing of the chapter at each page: a page whose lab was passed both ways shows the better. */
function standingsByPage(progress: Progress): Map<string, LabStanding> {
  const byPage = new Map<string, LabStanding>();
  for (const slug of Object.keys(progress.labsWithSolution)) if (labPages[slug]) byPage.set(labPages[slug], 'solution');
  for (const slug of Object.keys(progress.labs)) if (labPages[slug]) byPage.set(labPages[slug], 'passed');
  return byPage;
}

function render(progress: Progress = store.read()): void {
  const labs = standingsByPage(progress);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
    const page = normalise(link.href);
    mark(link, 'tick', page in progress.chapters, '✓', 'done');
    const lab = labs.get(page) ?? 'todo';
    mark(link, 'lab', lab !== 'todo', lab === 'passed' ? '⚗' : '(⚗)', labWords[lab], lab);
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const done = (node.dataset.progressChapter ?? '') in progress.chapters;
    const slug = node.dataset.progressLab;
    const lab = slug === undefined ? 'todo' : labStanding(progress, slug);
    node.dataset.status = done ? 'done' : 'todo';
    if (slug !== undefined) node.dataset.labStatus = lab;
    const status = node.querySelector('.progress-status');
    if (status) status.textContent = nodeStatus(done, lab);
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-progress-section]')) {
    const chapters = [...section.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
    const done = chapters.filter((node) => node.dataset.status === 'done').length;
    const withLab = chapters.filter((node) => node.dataset.labStatus !== undefined);
    const passed = withLab.filter((node) => node.dataset.labStatus === 'passed').length;
    const withSolution = withLab.filter((node) => node.dataset.labStatus === 'solution').length;
    const bar = section.querySelector('progress');
    if (bar) bar.value = done;
    const chaptersCount = section.querySelector('[data-progress-chapters-count]');
    if (chaptersCount) chaptersCount.textContent = `${done} of ${chapters.length} chapters done`;
    const labsCount = section.querySelector('[data-progress-labs-count]');
    if (labsCount) labsCount.textContent = `${passed} of ${withLab.length} labs passed${withSolution > 0 ? `, ${withSolution} more with the solution` : ''}`;
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

/** The chapter's "done" toggle was pressed: marks the chapter done, or not done. */
export function toggleChapter(path: string): void {
  if (!store.setChapter(path, !(path in store.read().chapters))) sayNotSaved();
}

/**
 * A Test run ended in a workbench. A lab counts as passed when all its own tests pass in the page on
 * the learner's code; after Solve, as passed with the solution (see workbench/pass-standing.ts).
 */
export function recordLabTests({ slug, passed, total, kind }: { slug: string; passed: number; total: number; kind: string }): void {
  if (total === 0 || passed !== total || kind === 'edited-tests') return;
  const stored = kind === 'own' ? store.markLab(slug) : store.markLabWithSolution(slug);
  if (!stored) sayNotSaved();
}

addEventListener(progressEvent, () => render());
addEventListener('storage', (event) => event.key === progressKey && render());
render();
if (!store.persistent) sayNotSaved();
