import type { RunIO, RunRequest, RunResult, Runner, TestResult, UsageEvent } from '../../runner.ts';
import { connectOrigins, createSandbox, type Sandbox } from './sandbox-frame.ts';
import { bareImports } from './scan-imports.ts';
import type { RunMessage, WorkerMessage } from './protocol.ts';

export interface QuickRunnerOptions {
  /** URL of the bundled worker script. */
  workerUrl: string;
  /** A CommonJS bundle of one npm package, by name. */
  loadDependency(specifier: string): Promise<string>;
  maxOutputLines?: number;
  /** The character cap, so that one enormous line is cut as well. */
  maxOutputChars?: number;
}

interface WarmSandbox {
  /** The origins its policy allows, joined: a run that needs others gets a new sandbox. */
  key: string;
  sandbox: Promise<Sandbox>;
}

/**
 * Runs labs in the page, offline, in any modern browser: TypeScript compiled by
 * sucrase in a worker inside an opaque-origin sandbox. One sandbox is kept warm
 * for the next run; Stop and the timeout remove the sandbox.
 */
export class QuickRunner implements Runner {
  readonly kind = 'quick' as const;
  private readonly options: QuickRunnerOptions;
  private workerSource: Promise<string> | undefined;
  private warm: WarmSandbox | undefined;
  /** The origins of the last run: the next sandbox is started with the same policy. */
  private origins: string[] = [];
  private disposed = false;

  constructor(options: QuickRunnerOptions) {
    this.options = options;
  }

  /** Starts a sandbox now, so that the next run does not wait for one. */
  prewarm(): void {
    if (this.warm) return;
    const warm: WarmSandbox = { key: this.origins.join(' '), sandbox: this.spawn(this.origins) };
    this.warm = warm;
    warm.sandbox.catch(() => {
      if (this.warm === warm) this.warm = undefined;
    });
  }

  /** The warm sandbox when its policy fits these origins, else a new one (the unfit one is removed). */
  private takeSandbox(origins: string[]): Promise<Sandbox> {
    const warm = this.warm;
    this.warm = undefined;
    this.origins = origins;
    if (warm && warm.key === origins.join(' ')) return warm.sandbox;
    void warm?.sandbox.then((sandbox) => sandbox.remove(), () => {});
    return this.spawn(origins);
  }

  private spawn(origins: string[]): Promise<Sandbox> {
    this.workerSource ??= fetch(this.options.workerUrl).then((response) => {
      if (!response.ok) throw new Error(`Could not load the in-page runner (${response.status} from ${this.options.workerUrl}).`);
      return response.text();
    });
    this.workerSource.catch(() => (this.workerSource = undefined));
    return this.workerSource.then((source) => createSandbox(source, origins));
  }

  private async dependencies(files: Record<string, string>): Promise<Record<string, string>> {
    const names = bareImports(Object.entries(files).filter(([path]) => /\.[cm]?[jt]s$/.test(path)).map(([, source]) => source));
    const texts = await Promise.all(names.map((name) => this.options.loadDependency(name)));
    return Object.fromEntries(names.map((name, index) => [name, texts[index] ?? '']));
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    const started = performance.now();
    const [dependencies, sandbox] = await Promise.all([this.dependencies(request.files), this.takeSandbox(connectOrigins(request.allowedOrigins))]);
    const tests: TestResult[] = [];
    const usage: UsageEvent[] = [];
    // The worker reports dropped output as it goes, so a run killed mid-flood still says how much.
    let dropped = { lines: 0, chars: 0 };
    return new Promise<RunResult>((resolve) => {
      let settled = false;
      const finish = (result: Omit<RunResult, 'usage' | 'durationMs' | 'droppedLines' | 'droppedChars'>, counted = dropped) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        sandbox.remove();
        if (!this.disposed) this.prewarm();
        resolve({ ...result, droppedLines: counted.lines, droppedChars: counted.chars, usage, durationMs: performance.now() - started });
      };
      const onAbort = () => {
        io.stderr('\n■ Stopped.\n');
        finish({ exitCode: 130, end: 'stopped', droppedExact: false, tests });
      };
      const timer = setTimeout(() => {
        io.stderr(`\n■ Stopped after ${request.timeoutMs / 1000} s: the lab's time limit (an endless loop?).\n`);
        finish({ exitCode: 124, end: 'timeout', droppedExact: false, tests });
      }, request.timeoutMs);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      sandbox.port.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'out') (data.stream === 'stderr' ? io.stderr : io.stdout)(data.text);
        else if (data.type === 'dropped') dropped = { lines: data.lines, chars: data.chars };
        else if (data.type === 'test') {
          tests.push(data.result);
          io.test?.(data.result);
        } else if (data.type === 'usage') {
          usage.push(data.event);
          io.usage?.(data.event);
        } else if (data.type === 'end') {
          finish({ exitCode: data.exitCode, end: data.crashed ? 'crash' : 'exit', droppedExact: true, tests: data.tests }, { lines: data.droppedLines, chars: data.droppedChars });
        }
      };
      const message: RunMessage = {
        type: 'run',
        command: request.command,
        files: request.files,
        entry: request.entry,
        env: request.env,
        dependencies,
        maxOutputLines: this.options.maxOutputLines ?? 5_000,
        maxOutputChars: this.options.maxOutputChars ?? 400_000,
      };
      sandbox.port.postMessage(message);
    });
  }

  dispose(): void {
    this.disposed = true;
    void this.warm?.sandbox.then((sandbox) => sandbox.remove(), () => {});
    this.warm = undefined;
  }
}

export const createQuickRunner = (options: QuickRunnerOptions): QuickRunner => new QuickRunner(options);
