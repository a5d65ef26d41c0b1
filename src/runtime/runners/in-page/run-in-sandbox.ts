// One run in the sandbox: the run's message to its worker, the worker's
// messages checked and passed to the page, and the ways a run ends (its own
// end, Stop, the time limit, a limit of the page, the sandbox dying).
import type { RunIO, RunRequest, RunResult, TestResult, UsageEvent } from '../../runner.ts';
import type { Sandbox } from './sandbox-frame.ts';
import type { PageMessage, RunMessage, RunModules } from './protocol.ts';
import { defaultMessageLimits, MessageGuard } from './message-guard.ts';

export interface RunSetup {
  request: RunRequest;
  modules: RunModules;
  /** Lab files compiled in earlier runs and unchanged since, by path. */
  compiledFiles: Record<string, string>;
  /** Told each lab file the worker compiled in this run, for later runs. */
  keepCompiled(path: string, code: string): void;
  /** Built files the run asks for later (an import()). */
  loadFiles(ids: string[]): Promise<Record<string, string>>;
  /** A package's data file, by the path the package reads it from; undefined when there is none. */
  loadAsset(path: string): Promise<ArrayBuffer | undefined>;
  maxOutputLines: number;
  maxOutputChars: number;
}

/** How a run left its sandbox: fit for the next run, or to be removed. */
export type SandboxAfterRun = 'reusable' | 'remove';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function runInSandbox(sandbox: Sandbox, setup: RunSetup, io: RunIO, signal?: AbortSignal): Promise<{ result: RunResult; sandbox: SandboxAfterRun }> {
  const { request } = setup;
  const started = performance.now();
  const guard = new MessageGuard(defaultMessageLimits(setup.maxOutputChars));
  // The results the page was sent one by one, as they arrived: what decides pass or fail.
  const tests: TestResult[] = [];
  const usage: UsageEvent[] = [];
  // The worker reports dropped output as it goes, so a run killed mid-flood still says how much.
  let dropped = { lines: 0, chars: 0 };
  // A Python run's data files (Pyodide's standard library and lock file), for the sandbox's spare workers.
  const dataFiles: Record<string, ArrayBuffer> = {};
  const port = sandbox.startRun();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Pick<RunResult, 'exitCode' | 'end' | 'droppedExact' | 'reason'>, counted = dropped) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      port.onmessage = null;
      port.close();
      const done = { ...result, tests, droppedLines: counted.lines, droppedChars: counted.chars, usage, durationMs: performance.now() - started };
      if (result.end === 'memory') return resolve({ result: done, sandbox: 'remove' });
      // With all of them, the next worker starts Pyodide before its run arrives.
      if (Object.keys(dataFiles).length > 0) sandbox.preload(Object.fromEntries(Object.entries(dataFiles).map(([path, bytes]) => [path, bytes.slice(0)])));
      // Every run's worker is ended, so that nothing it left running reaches the next one.
      sandbox.stopRun().then(
        () => resolve({ result: done, sandbox: 'reusable' }),
        () => resolve({ result: done, sandbox: 'remove' }),
      );
    };
    const onAbort = () => {
      io.stderr('\n■ Stopped.\n');
      finish({ exitCode: 130, end: 'stopped', droppedExact: false });
    };
    const limit = () =>
      setTimeout(() => {
        io.stderr(`\n■ Stopped after ${request.timeoutMs / 1000} s: the lab's time limit (an endless loop?).\n`);
        finish({ exitCode: 124, end: 'timeout', droppedExact: false });
      }, request.timeoutMs);
    let timer = limit();
    let restarted = false;
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    sandbox.onWorkerError = (message) => {
      io.stderr(`\n■ The lab's worker failed: ${message}\n`);
      finish({ exitCode: 1, end: 'crash', droppedExact: false });
    };
    sandbox.onLost = () => {
      io.stderr('\n■ Stopped: the lab’s sandbox crashed, most likely because the lab ran out of memory.\n');
      finish({ exitCode: 134, end: 'memory', droppedExact: false });
    };
    port.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (settled) return;
      const checked = guard.check(data);
      if (!checked.ok) {
        io.stderr(`\n■ Stopped: ${checked.reason}.\n`);
        return finish({ exitCode: 1, end: 'limit', droppedExact: false, reason: checked.reason });
      }
      const message = checked.message;
      if (message.type === 'started') {
        // Once only: the limit can be put off by one start of the runtime, never by the lab's code.
        if (restarted) return;
        restarted = true;
        clearTimeout(timer);
        timer = limit();
      } else if (message.type === 'out') (message.stream === 'stderr' ? io.stderr : io.stdout)(message.text);
      else if (message.type === 'dropped') dropped = { lines: message.lines, chars: message.chars };
      else if (message.type === 'test') {
        tests.push(message.result);
        io.test?.(message.result);
      } else if (message.type === 'usage') {
        usage.push(message.event);
        io.usage?.(message.event);
      } else if (message.type === 'compiled-file') {
        setup.keepCompiled(message.path, message.code);
      } else if (message.type === 'plot') {
        io.chart?.(message.chart);
      } else if (message.type === 'load') {
        const answer = (reply: Omit<Extract<PageMessage, { type: 'files' }>, 'type' | 'request'>) => {
          if (!settled) port.postMessage({ type: 'files', request: message.request, ...reply } satisfies PageMessage);
        };
        setup.loadFiles(message.ids).then(
          (files) => answer({ files }),
          (error: unknown) => answer({ files: {}, error: errorText(error) }),
        );
      } else if (message.type === 'load-asset') {
        const answer = (reply: Omit<Extract<PageMessage, { type: 'asset' }>, 'type' | 'request'>) => {
          if (!settled) port.postMessage({ type: 'asset', request: message.request, ...reply } satisfies PageMessage);
        };
        setup.loadAsset(message.path).then(
          (bytes) => {
            answer(bytes ? { bytes: bytes.slice(0) } : {});
            // Compiled once in the sandbox, WebAssembly serves every later run on this page.
            if (bytes && message.path.endsWith('.wasm')) sandbox.compileWasm({ [message.path]: bytes.slice(0) });
            else if (bytes && request.language === 'python') dataFiles[message.path] = bytes;
          },
          (error: unknown) => answer({ error: errorText(error) }),
        );
      } else {
        const end = message.outOfMemory ? 'memory' : message.crashed ? 'crash' : 'exit';
        finish({ exitCode: message.exitCode, end, droppedExact: true }, { lines: message.droppedLines, chars: message.droppedChars });
      }
    };
    const run: RunMessage = {
      type: 'run',
      command: request.command,
      files: request.files,
      entry: request.entry,
      env: request.env,
      modules: setup.modules,
      compiledFiles: setup.compiledFiles,
      maxOutputLines: setup.maxOutputLines,
      maxOutputChars: setup.maxOutputChars,
    };
    port.postMessage(run);
  });
}
