// The in-page runner's worker for Python labs: CPython 3.14 compiled to
// WebAssembly (Pyodide), bundled with this file into one classic script and
// started by the same sandbox as the TypeScript worker (opaque origin, no
// network). Pyodide reads its data files (the interpreter's WebAssembly, the
// standard library, its package list) from file:///node_modules/pyodide/; the
// asset shim answers those reads with bytes the page fetched from the site, and
// WebAssembly the sandbox compiled for an earlier run is reused.
import { loadPyodide } from 'pyodide';
import createPyodideModule from 'pyodide/pyodide.asm.mjs';
import { CappedOutput } from '../worker/output.ts';
import type { PageRequests } from '../worker/page-requests.ts';
import { receiveRun } from '../worker/run-port.ts';
import { installAssets, type AssetSource } from '../worker/assets.ts';
import type { RunMessage, WorkerMessage } from '../protocol.ts';
import type { TestResult } from '../../../runner.ts';
// The same Python runs a lab in Node (labs/_kit/python/run-lab.mjs); bundled here as text.
import harness from '../../../../../labs/_kit/python/harness.py';

const scope = globalThis as typeof globalThis & Record<string, unknown>;
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const isPython = (path: string): boolean => path.endsWith('.py');

/** Starts Pyodide, its data files read from `source`. */
function boot(source: AssetSource) {
  installAssets(scope, source);
  return loadPyodide({
    indexURL: 'file:///node_modules/pyodide/',
    // Bundled with this worker: Pyodide would otherwise import() it, which the sandbox cannot.
    createPyodideModule: createPyodideModule as never,
  });
}

// A spare worker that the sandbox gave Pyodide's files (after the page's first Python run) starts
// Python before its run arrives, so that a later run waits for none of it. No lab code runs here.
let preboot: ReturnType<typeof boot> | undefined;
scope.addEventListener('message', (event: MessageEvent) => {
  if (event.data?.type !== 'preload' || preboot) return;
  const { assets, compiled } = event.data as { assets: Record<string, ArrayBuffer>; compiled: Record<string, WebAssembly.Module | Error> };
  // WebAssembly compiled earlier needs no bytes: an empty answer names the file, and the compiled module is used.
  preboot = boot({ fetch: async (path) => assets[path] ?? (compiled[path] instanceof WebAssembly.Module ? new ArrayBuffer(0) : undefined), compiled });
  preboot.catch(() => {});
});

async function run(message: RunMessage, post: (message: WorkerMessage) => void, requests: PageRequests, compiled: Record<string, WebAssembly.Module | Error>): Promise<void> {
  const output = new CappedOutput(post, { maxLines: message.maxOutputLines, maxChars: message.maxOutputChars });
  let exitCode = 0;
  let crashed = false;
  try {
    const pyodide = await (preboot?.catch(() => undefined) ?? Promise.resolve(undefined)).then((ready) => ready ?? boot({ fetch: requests.asset, compiled }));
    // Pyodide has started (seconds, the first time on a page): the lab's time limit counts from here.
    post({ type: 'started' });
    const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
    for (const stream of ['stdout', 'stderr'] as const) {
      const write = (bytes: Uint8Array) => (output.write(stream, decoders[stream].decode(bytes, { stream: true })), bytes.length);
      if (stream === 'stdout') pyodide.setStdout({ write });
      else pyodide.setStderr({ write });
    }
    pyodide.globals.set('lab_env', pyodide.toPy(message.env));
    pyodide.runPython('import os; os.environ.update(lab_env); del lab_env');
    for (const [path, content] of Object.entries(message.files)) {
      if (!isPython(path)) continue;
      const target = `/lab/${path}`;
      pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
      pyodide.FS.writeFile(target, content);
    }
    pyodide.runPython(harness);
    // As coroutines, so that asyncio.run() inside the lab can wait (Pyodide switches stacks for it).
    if (message.command === 'start') {
      pyodide.globals.set('entry_path', `/lab/${message.entry}`);
      exitCode = Number(await pyodide.runPythonAsync('_run(entry_path)'));
    } else {
      let failed = 0;
      pyodide.globals.set('report', (name: string, passed: boolean, problem: string | undefined) => {
        if (!passed) failed++;
        const result: TestResult = { name: clip(name, 2_000), passed, ...(passed || !problem ? {} : { message: clip(problem, 20_000) }) };
        post({ type: 'test', result });
      });
      await pyodide.runPythonAsync('_run_tests(report)');
      exitCode = failed > 0 ? 1 : 0;
    }
  } catch (error) {
    crashed = true;
    exitCode = 1;
    output.write('stderr', `${error instanceof Error ? error.message : String(error)}\n`);
  }
  const { lines, chars } = output.dropped;
  post({ type: 'end', exitCode, crashed, outOfMemory: false, droppedLines: lines, droppedChars: chars });
}

// Pyodide refuses a classic worker when it can tell (it wants import() for its
// packages); this lab loads no packages, and its loader is bundled in, so the
// worker stops it from telling: a failing importScripts reads as a module worker.
scope.importScripts = () => {
  throw new TypeError('importScripts is not available to Python labs');
};
receiveRun(scope, run);
