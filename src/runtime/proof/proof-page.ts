// The pages /runtime-proof/ and /runtime-proof/labs/: each item's tests (and its
// src/main.ts) run in the in-page runner, as a lab's do in its workbench; a
// proof project is also offered as a zip (see src/components/ProofList.astro).
import { createQuickRunner } from '../runners/in-page/index.ts';
import { pythonWorkerUrl, quickWorkerUrl } from '../runners/in-page/worker-url.ts';
import { PageModules } from '../modules/page-modules.ts';
import { standaloneProject, type FileMap } from '../export/standalone.ts';
import { loadKit } from '../export/kit-files.ts';
import { fetchLabData } from '../session/lab-data.ts';
import { defaultSettings, labEnvironment } from '../workbench/model-settings.ts';
import { taskProgress } from '../workbench/task-progress.ts';
import { onEngage } from '../workbench/on-engage.ts';
import type { LabTask } from '../session/lab-data.ts';
import type { RunCommand, RunRequest, TestResult } from '../runner.ts';

/** What one item runs: every field of a run request but the command; a lab also has its starter and its tasks. */
type ProofRun = Omit<RunRequest, 'command'> & { starter?: RunRequest['files']; tasks?: LabTask[] };

/** A proof project of tests/fixtures/runtime, as it is (see src/pages/lab-data/proof/). */
async function proofProject(name: string): Promise<ProofRun> {
  const response = await fetch(`/lab-data/proof/${name}.json`);
  if (!response.ok) throw new Error(`Could not load ${name} (${response.status}).`);
  const { slug, files } = (await response.json()) as { slug: string; files: FileMap };
  return { slug, files, entry: 'src/main.ts', env: {}, timeoutMs: 120_000 };
}

/** A lab of the book with its solution laid over the starter, run as its workbench runs it after Solve. */
async function solvedLab(slug: string): Promise<ProofRun> {
  const lab = await fetchLabData(slug);
  return {
    slug,
    files: { ...lab.starter, ...lab.solution },
    starter: lab.starter,
    tasks: lab.tasks,
    entry: lab.entry,
    language: lab.language ?? 'typescript',
    env: labEnvironment(defaultSettings),
    timeoutMs: lab.timeoutMs,
  };
}

const sources = { project: proofProject, lab: solvedLab };
type SourceKind = keyof typeof sources;

const runner = createQuickRunner({ workerUrl: quickWorkerUrl, pythonWorkerUrl, modules: new PageModules() });
void runner.prewarm().catch(() => {});

const loaded = new Map<string, Promise<ProofRun>>();
const runOf = (item: HTMLElement): Promise<ProofRun> => {
  const name = item.dataset.proof ?? '';
  const kind: SourceKind = item.dataset.proofKind === 'lab' ? 'lab' : 'project';
  let run = loaded.get(name);
  if (!run) loaded.set(name, (run = sources[kind](name)));
  return run;
};

/**
 * Runs the item's entry ('start') or its tests ('test'); a lab's starter, as it is before the learner
 * writes a line, with `starter`. After a test run the item says how many tests passed of how many
 * (data-tests-passed, data-tests-total) and, for a lab, each task's standing (data-tasks: passed,
 * failing, not-run or untested, joined by spaces).
 */
async function run(item: HTMLElement, command: RunCommand, { starter = false } = {}): Promise<void> {
  const status = item.querySelector<HTMLElement>('[data-proof-status]')!;
  const output = item.querySelector<HTMLElement>('[data-proof-output]')!;
  item.dataset.result = 'running';
  for (const key of ['testsPassed', 'testsTotal', 'tasks', 'end'] as const) delete item.dataset[key];
  status.textContent = command === 'test' ? 'Testing…' : 'Running…';
  output.textContent = '';
  const tests: TestResult[] = [];
  const started = performance.now();
  try {
    const { starter: starterFiles, tasks, ...request } = await runOf(item);
    const files = starter && starterFiles ? starterFiles : request.files;
    const result = await runner.run(
      { ...request, files, command },
      {
        stdout: (text) => output.append(text),
        stderr: (text) => output.append(text),
        test: (outcome) => {
          tests.push(outcome);
          output.append(`${outcome.passed ? '✔' : '✖'} ${outcome.name}${outcome.message ? `\n  ${outcome.message}` : ''}\n`);
        },
      },
    );
    const took = `in ${Math.round(performance.now() - started)} ms`;
    item.dataset.end = result.end;
    if (command === 'start') {
      item.dataset.result = result.end === 'exit' && result.exitCode === 0 ? 'passed' : 'failed';
      status.textContent = `Exited with code ${result.exitCode} (${result.end}) ${took}.`;
      return;
    }
    const passed = tests.filter((outcome) => outcome.passed).length;
    const allPassed = result.end === 'exit' && tests.length > 0 && passed === tests.length;
    item.dataset.result = allPassed ? 'passed' : 'failed';
    item.dataset.testsPassed = String(passed);
    item.dataset.testsTotal = String(tests.length);
    if (tasks) item.dataset.tasks = taskProgress(tasks, tests).map(({ state }) => state).join(' ');
    status.textContent = `${starter ? 'Starter: ' : ''}${passed} of ${tests.length} tests pass (${result.end}, exit code ${result.exitCode}) ${took}.`;
  } catch (error) {
    item.dataset.result = 'failed';
    status.textContent = `The runner failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function download(item: HTMLElement): Promise<void> {
  const name = item.dataset.proof ?? '';
  const [{ downloadBytes, zipProject }, { files }, kit] = await Promise.all([import('../export/zip.ts'), runOf(item), loadKit()]);
  downloadBytes(`${name}.zip`, zipProject(name, standaloneProject(name, files, kit)));
}

const items = [...document.querySelectorAll<HTMLElement>('[data-proof]')];
for (const item of items) {
  item.querySelector('[data-proof-run]')?.addEventListener('click', () => void run(item, 'start'));
  item.querySelector('[data-proof-test]')?.addEventListener('click', () => void run(item, 'test'));
  item.querySelector('[data-proof-test-starter]')?.addEventListener('click', () => void run(item, 'test', { starter: true }));
  item.querySelector('[data-proof-zip]')?.addEventListener('click', () => void download(item));
  // As in a lab's workbench, what the item's run loads (its modules, a PGlite project's WebAssembly) is fetched once the learner reaches for it.
  onEngage(item, () =>
    void runOf(item)
      .then(({ slug, files, language }) => runner.prewarm({ slug, files, ...(language ? { language } : {}) }))
      .catch(() => {}),
  );
}
document.querySelector('[data-proof-all]')?.addEventListener('click', async () => {
  for (const item of items) await run(item, 'test');
});
