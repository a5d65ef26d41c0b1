// The in-page runner's worker: a classic worker started from a blob: URL inside
// a sandboxed iframe. It receives a lab's files and runs `start` or `test`.
import { CappedOutput, type Stream } from './output.ts';
import { evaluate, ModuleSystem, unavailableBuiltin, warmUpCompiler } from './module-system.ts';
import { Packages } from './packages.ts';
import type { PageRequests } from './page-requests.ts';
import { receiveRun } from './run-port.ts';
import { installAssets } from './assets.ts';
import { freshClusterPath, startFromFreshCluster } from './pglite-cluster.ts';
import { Activity } from './activity.ts';
import { createConsole } from './shims/console.ts';
import { createProcess, ExitSignal } from './shims/process.ts';
import { createNodeTest, type TestOutcome } from './shims/node-test.ts';
import { createBuiltins } from './builtins.ts';
import { installRandomUUID } from './shims/crypto.ts';
import type { RunMessage, WorkerMessage } from '../protocol.ts';
import { usageEvent } from './usage-event.ts';
import { isOutOfMemory } from './out-of-memory.ts';
import { maxFrames, SourcePositions } from './source-positions.ts';
import { errorHeadline, errorText } from './error-text.ts';
import { setCallSource } from './shims/assert.ts';
import { setErrorText } from './shims/inspect.ts';
import { checkChart } from '../chart-message.ts';
import { compileAhead, isTestFile } from './compile-ahead.ts';
import type { SourceLocation } from '../../../runner.ts';

const scope = globalThis as typeof globalThis & Record<string, unknown>;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const reportableFrame = (frame: SourceLocation): SourceLocation => ({ ...frame, file: clip(frame.file, 500), ...(frame.fn === undefined ? {} : { fn: clip(frame.fn, 200) }) });
/** A test's outcome within the sizes the page accepts (see message-guard.ts). */
const reportable = (outcome: TestOutcome): TestOutcome => ({
  ...outcome,
  name: clip(outcome.name, 2_000),
  ...(outcome.message === undefined ? {} : { message: clip(outcome.message, 20_000) }),
  ...(outcome.stack === undefined ? {} : { stack: outcome.stack.slice(0, maxFrames).map(reportableFrame) }),
});

async function run(message: RunMessage, post: (message: WorkerMessage) => void, requests: PageRequests, compiled: Record<string, WebAssembly.Module | Error>): Promise<void> {
  const output = new CappedOutput(post, { maxLines: message.maxOutputLines, maxChars: message.maxOutputChars });
  const write = (stream: Stream, text: string) => output.write(stream, text);
  // Before the activity count wraps fetch, so that a data file on its way keeps the run alive.
  installAssets(scope, { fetch: requests.asset, compiled });
  installRandomUUID(scope);
  const activity = new Activity();
  activity.install(scope);
  const process = createProcess(message.env, message.entry, write);
  scope.process = process as unknown as NodeJS.Process;
  scope.console = createConsole(write) as unknown as Console;
  scope.__aiRoadmapUsage = (event: unknown) => post({ type: 'usage', event: usageEvent(event) });
  scope.__aiRoadmapPlot = (chart: unknown) => {
    const checked = checkChart(chart);
    if ('error' in checked) throw new TypeError(`The page cannot draw this chart: ${checked.error}. Draw charts with plot() from @ai-roadmap/kit.`);
    post({ type: 'plot', chart: checked.chart });
  };
  const builtins = createBuiltins(message.files, process);
  // Errors and failed assertions name places in the learner's TypeScript, not in sucrase's output.
  const positions = new SourcePositions(message.files);
  const describeError = (error: unknown) => errorText(error, positions);
  setCallSource((stack) => positions.callExpression(stack));
  setErrorText(describeError);

  const precompiled = compileAhead(message.files, message.command, message.compiledFiles ?? {}, (path, code) => post({ type: 'compiled-file', path, code }));
  const moduleSystem = (extra: Record<string, unknown> = {}) =>
    new ModuleSystem({ files: message.files, packages, builtins: { ...builtins, ...extra }, precompiled, compiled: (path, code, header) => positions.record(path, code, header) });
  const packages: Packages = new Packages({
    modules: message.modules,
    builtin: (name, requiredBy) => (name in builtins ? builtins[name] : unavailableBuiltin(name, requiredBy)),
    fetchFiles: requests.files,
    evaluate: (code, filename) => evaluate(code, filename),
    adapters: { '@electric-sql/pglite': (exports) => startFromFreshCluster(exports, () => requests.asset(freshClusterPath)) },
  });

  let exitCode = 0;
  let crashed = false;
  let outOfMemory = false;
  const tests: TestOutcome[] = [];
  const crash = (error: unknown) => {
    if (error instanceof ExitSignal) {
      exitCode = error.code;
      return;
    }
    crashed = true;
    outOfMemory ||= isOutOfMemory(error);
    exitCode = 1;
    write('stderr', `${describeError(error)}\n`);
  };
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    const { lines, chars } = output.dropped;
    post({ type: 'end', exitCode: crashed ? 1 : exitCode || Number(process.exitCode ?? 0), crashed, outOfMemory, droppedLines: lines, droppedChars: chars });
  };
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    crash((event as ErrorEvent).error ?? (event as ErrorEvent).message);
    end();
  });
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    crash((event as PromiseRejectionEvent).reason);
    end();
  });

  try {
    if (message.command === 'start') {
      await moduleSystem().run(message.entry);
      await activity.settled();
    } else {
      const testFiles = Object.keys(message.files).filter(isTestFile).sort();
      for (const file of testFiles) {
        const nodeTest = createNodeTest(
          (outcome) => {
            tests.push(outcome);
            post({ type: 'test', result: reportable(outcome) });
          },
          { locate: (error) => positions.locations(error) },
        );
        try {
          await moduleSystem({ test: Object.freeze(nodeTest.module) }).run(file);
          await nodeTest.run();
        } catch (error) {
          // A test file that fails to load counts as one failing test, as in Node.
          const stack = positions.locations(error);
          const outcome: TestOutcome = { name: file, passed: false, message: errorHeadline(error), ...(stack.length > 0 ? { stack } : {}), durationMs: 0 };
          tests.push(outcome);
          post({ type: 'test', result: reportable(outcome) });
        }
      }
      if (tests.some((test) => !test.passed)) exitCode = 1;
    }
  } catch (error) {
    crash(error);
  }
  end();
}

// The sandbox starts each worker ahead of its run: compile sucrase's code now.
warmUpCompiler();
receiveRun(scope, run);
