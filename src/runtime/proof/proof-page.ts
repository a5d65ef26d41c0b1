// The page /runtime-proof/: runs each proof project's tests in the in-page
// runner, and offers it as a zip (see src/pages/runtime-proof.astro).
import { createQuickRunner } from '../runners/in-page/index.ts';
import { quickWorkerUrl } from '../runners/in-page/worker-url.ts';
import { PageModules } from '../modules/page-modules.ts';
import { standaloneProject, type FileMap } from '../export/standalone.ts';
import { loadKit } from '../export/kit-files.ts';
import type { TestResult } from '../runner.ts';

interface ProofData {
  name: string;
  slug: string;
  files: FileMap;
}

const runner = createQuickRunner({ workerUrl: quickWorkerUrl, modules: new PageModules() });
void runner.prewarm().catch(() => {});

const projectData = new Map<string, Promise<ProofData>>();
const dataOf = (name: string): Promise<ProofData> => {
  let data = projectData.get(name);
  if (!data) {
    data = fetch(`/lab-data/proof/${name}.json`).then((response) => {
      if (!response.ok) throw new Error(`Could not load ${name} (${response.status}).`);
      return response.json() as Promise<ProofData>;
    });
    projectData.set(name, data);
  }
  return data;
};

async function run(item: HTMLElement, command: 'start' | 'test'): Promise<void> {
  const name = item.dataset.proof ?? '';
  const status = item.querySelector<HTMLElement>('[data-proof-status]')!;
  const output = item.querySelector<HTMLElement>('[data-proof-output]')!;
  item.dataset.result = 'running';
  status.textContent = command === 'test' ? 'Testing…' : 'Running…';
  output.textContent = '';
  const tests: TestResult[] = [];
  const started = performance.now();
  try {
    const { slug, files } = await dataOf(name);
    const result = await runner.run(
      { slug, command, files, entry: 'src/main.ts', env: {}, timeoutMs: 120_000 },
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
    if (command === 'start') {
      item.dataset.result = result.end === 'exit' && result.exitCode === 0 ? 'passed' : 'failed';
      status.textContent = `Exited with code ${result.exitCode} (${result.end}) ${took}.`;
      return;
    }
    const passed = tests.filter((outcome) => outcome.passed).length;
    const allPassed = result.end === 'exit' && tests.length > 0 && passed === tests.length;
    item.dataset.result = allPassed ? 'passed' : 'failed';
    status.textContent = `${passed} of ${tests.length} tests pass (${result.end}, exit code ${result.exitCode}) ${took}.`;
  } catch (error) {
    item.dataset.result = 'failed';
    status.textContent = `The runner failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function download(item: HTMLElement): Promise<void> {
  const name = item.dataset.proof ?? '';
  const [{ downloadBytes, zipProject }, { files }, kit] = await Promise.all([import('../export/zip.ts'), dataOf(name), loadKit()]);
  downloadBytes(`${name}.zip`, zipProject(name, standaloneProject(name, files, kit)));
}

const items = [...document.querySelectorAll<HTMLElement>('[data-proof]')];
for (const item of items) {
  item.querySelector('[data-proof-run]')?.addEventListener('click', () => void run(item, 'start'));
  item.querySelector('[data-proof-test]')?.addEventListener('click', () => void run(item, 'test'));
  item.querySelector('[data-proof-zip]')?.addEventListener('click', () => void download(item));
}
document.querySelector('[data-proof-all]')?.addEventListener('click', async () => {
  for (const item of items) await run(item, 'test');
});
