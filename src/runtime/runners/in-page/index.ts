import type { RunIO, RunRequest, RunResult, Runner, TestResult, UsageEvent } from '../../runner.ts';
import { connectOrigins, createSandbox, type Sandbox } from './sandbox-frame.ts';
import type { PageMessage, RunMessage, RunModules } from './protocol.ts';
import { defaultMessageLimits, MessageGuard } from './message-guard.ts';

export interface ModuleSource {
  forRun(slug: string, files: Record<string, string>): Promise<RunModules>;
  load(ids: string[]): Promise<Record<string, string>>;
}

export interface QuickRunnerOptions {
  /** URL of the bundled worker script. */
  workerUrl: string;
  /** The npm modules of a run, from the module graph built for the page. */
  modules: ModuleSource;
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

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    const started = performance.now();
    const [modules, sandbox] = await Promise.all([this.options.modules.forRun(request.slug, request.files), this.takeSandbox(connectOrigins(request.allowedOrigins))]);
    const maxOutputChars = this.options.maxOutputChars ?? 400_000;
    const guard = new MessageGuard(defaultMessageLimits(maxOutputChars));
    // The results the page was sent one by one, as they arrived: what decides pass or fail.
    const tests: TestResult[] = [];
    const usage: UsageEvent[] = [];
    // The worker reports dropped output as it goes, so a run killed mid-flood still says how much.
    let dropped = { lines: 0, chars: 0 };
    return new Promise<RunResult>((resolve) => {
      let settled = false;
      const finish = (result: Pick<RunResult, 'exitCode' | 'end' | 'droppedExact' | 'reason'>, counted = dropped) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        sandbox.port.onmessage = null;
        sandbox.remove();
        if (!this.disposed) this.prewarm();
        resolve({ ...result, tests, droppedLines: counted.lines, droppedChars: counted.chars, usage, durationMs: performance.now() - started });
      };
      const onAbort = () => {
        io.stderr('\n■ Stopped.\n');
        finish({ exitCode: 130, end: 'stopped', droppedExact: false });
      };
      const timer = setTimeout(() => {
        io.stderr(`\n■ Stopped after ${request.timeoutMs / 1000} s: the lab's time limit (an endless loop?).\n`);
        finish({ exitCode: 124, end: 'timeout', droppedExact: false });
      }, request.timeoutMs);
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
      sandbox.port.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (settled) return;
        const checked = guard.check(data);
        if (!checked.ok) {
          io.stderr(`\n■ Stopped: ${checked.reason}.\n`);
          return finish({ exitCode: 1, end: 'limit', droppedExact: false, reason: checked.reason });
        }
        const message = checked.message;
        if (message.type === 'out') (message.stream === 'stderr' ? io.stderr : io.stdout)(message.text);
        else if (message.type === 'dropped') dropped = { lines: message.lines, chars: message.chars };
        else if (message.type === 'test') {
          tests.push(message.result);
          io.test?.(message.result);
        } else if (message.type === 'usage') {
          usage.push(message.event);
          io.usage?.(message.event);
        } else if (message.type === 'load') {
          const answer = (reply: Omit<Extract<PageMessage, { type: 'files' }>, 'type' | 'request'>) => {
            if (!settled) sandbox.port.postMessage({ type: 'files', request: message.request, ...reply } satisfies PageMessage);
          };
          this.options.modules.load(message.ids).then(
            (files) => answer({ files }),
            (error: unknown) => answer({ files: {}, error: error instanceof Error ? error.message : String(error) }),
          );
        } else {
          const end = message.outOfMemory ? 'memory' : message.crashed ? 'crash' : 'exit';
          finish({ exitCode: message.exitCode, end, droppedExact: true }, { lines: message.droppedLines, chars: message.droppedChars });
        }
      };
      const message: RunMessage = {
        type: 'run',
        command: request.command,
        files: request.files,
        entry: request.entry,
        env: request.env,
        modules,
        maxOutputLines: this.options.maxOutputLines ?? 5_000,
        maxOutputChars,
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
