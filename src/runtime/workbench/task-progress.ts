// Which of a lab's tasks a Test run shows done. A task names the tests that check
// it (lab.json "tests", by name or how the name begins); after Test the results
// panel lists every task as passed, failing (n of m) or not run. A lab whose test
// files are m1-…, m2-… (a capstone, one file per milestone) calls its tasks milestones.
import type { TestResult } from '../runner.ts';
import type { LabTask } from '../session/lab-data.ts';
import type { PassKind } from './pass-standing.ts';
import { h, uniqueId } from './dom.ts';

/** The test's own name: node:test joins suites and tests with " › ". */
const ownName = (name: string): string => name.split(' › ').at(-1) ?? name;
const checks = (prefix: string, testName: string): boolean => ownName(testName).startsWith(prefix) || testName.startsWith(prefix);

/** The index of the first task that names the test, or undefined when none does. */
export function taskIndexOf(tasks: LabTask[], testName: string): number | undefined {
  const index = tasks.findIndex((task) => task.tests?.some((prefix) => checks(prefix, testName)));
  return index === -1 ? undefined : index;
}

const testFile = /^test\/(?:.*\/)?[^/]+\.test\.[cm]?[jt]s$/;

/** "Milestone" when every test file of the lab is named m1-…, m2-…; "Task" otherwise. */
export function taskWord(paths: string[]): string {
  const tests = paths.filter((path) => testFile.test(path));
  return tests.length > 0 && tests.every((path) => /^m\d+-/.test(path.split('/').at(-1) ?? '')) ? 'Milestone' : 'Task';
}

/** "Milestone 2: " before a task's sentence, unless the sentence already begins with it. */
export function taskHeading(word: string, index: number, task: string): string {
  const heading = `${word} ${index + 1}`;
  return task.startsWith(heading) && !/\d/.test(task.charAt(heading.length)) ? '' : `${heading}: `;
}

export type TaskState = 'passed' | 'failing' | 'not-run' | 'untested';

export interface TaskProgress {
  state: TaskState;
  /** Of the tests that ran for the task, how many passed, and how many ran. */
  passed: number;
  ran: number;
}

/**
 * Each task's standing after a run: passed when every test it names ran and passed; failing when one
 * of them failed; not run when none of them ran, or some did not; untested when the task names no test.
 */
export function taskProgress(tasks: LabTask[], results: TestResult[]): TaskProgress[] {
  return tasks.map((task) => {
    // Every task that names a test counts it: a closing "run the lab" task names tests that earlier tasks name too.
    const ran = results.filter((result) => task.tests?.some((prefix) => checks(prefix, result.name)));
    const passed = ran.filter((result) => result.passed).length;
    const everyNamedRan = (task.tests ?? []).every((prefix) => ran.some((result) => checks(prefix, result.name)));
    const state: TaskState = !task.tests ? 'untested' : passed < ran.length ? 'failing' : ran.length > 0 && everyNamedRan ? 'passed' : 'not-run';
    return { state, passed, ran: ran.length };
  });
}

/** How a pass is qualified when it is not the learner's own: see pass-standing.ts. */
const passQualifier: Record<PassKind, string> = { own: '', 'with-solution': ' with the solution', 'edited-tests': ' on edited tests (not counted)' };

/** What a task's line says after its heading. */
export function describeTaskProgress({ state, passed, ran }: TaskProgress, kind: PassKind): string {
  if (state === 'passed') return `passed${passQualifier[kind]}`;
  if (state === 'failing') return `failing, ${passed} of ${ran} tests pass`;
  if (state === 'untested') return 'no test checks it';
  return ran === 0 ? 'not run' : `not run in full, ${passed} of its tests passed`;
}

/** The line before the list: how many of the tasks that tests check have passed, and how. */
export function summariseTaskProgress(word: string, progress: TaskProgress[], kind: PassKind): string {
  const passed = progress.filter((task) => task.state === 'passed').length;
  const checked = progress.filter((task) => task.state !== 'untested').length;
  return `${word}s passed${passed > 0 ? passQualifier[kind] : ''}: ${passed} of ${checked}`;
}

const marks: Record<TaskState, string> = { passed: '✓', failing: '✗', 'not-run': '–', untested: '·' };

/**
 * The line under the tests' summary: a mark and a number per task, compact so that the first failure stays in
 * sight, the full words for a screen reader and on hover. A failing task is a button that takes the keyboard
 * to its first failing test, where its hints are (`goTo`).
 */
export function taskProgressList(tasks: LabTask[], word: string, progress: TaskProgress[], kind: PassKind, goTo: (index: number) => void): HTMLElement {
  const items = progress.map((task, index) => {
    const words = `${word} ${index + 1}: ${describeTaskProgress(task, kind)}`;
    const shown = `${marks[task.state]} ${index + 1}${task.state === 'failing' ? ` (${task.passed}/${task.ran})` : ''}`;
    const content = [h('span', { 'aria-hidden': 'true' }, shown), h('span', { class: 'sr-only' }, words)];
    const attributes = { title: `${words}. ${tasks[index]?.task ?? ''}` };
    const label = task.state === 'failing' ? h('button', { ...attributes, type: 'button', class: 'wb-task-link' }, ...content) : h('span', attributes, ...content);
    if (task.state === 'failing') label.addEventListener('click', () => goTo(index));
    return h('li', { class: `wb-task-${task.state}` }, label);
  });
  const summary = h('p', { id: uniqueId('wb-task-summary') }, summariseTaskProgress(word, progress, kind));
  return h('div', { class: 'wb-task-progress' }, summary, h('ul', { 'aria-labelledby': summary.id }, ...items));
}
