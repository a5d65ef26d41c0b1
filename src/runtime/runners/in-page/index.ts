import type { RunIO, RunRequest, RunResult, Runner } from '../../runner.ts';
import { connectOrigins, createSandbox, type Sandbox } from './sandbox-frame.ts';
import type { RunModules } from './protocol.ts';
import { runInSandbox } from './run-in-sandbox.ts';

export interface ModuleSource {
  forRun(slug: string, files: Record<string, string>): Promise<RunModules>;
  load(ids: string[]): Promise<Record<string, string>>;
  /** A package's data file, by the path the package reads it from; undefined when the graph has none. */
  asset(path: string): Promise<ArrayBuffer | undefined>;
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
 * sucrase in a worker inside an opaque-origin sandbox. The sandbox is started
 * ahead of the first run and kept for the next ones (each run gets a fresh
 * worker); a sandbox whose policy does not fit a run's origins, or that failed
 * to stop its worker, is removed and replaced.
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

  /** Starts a sandbox now, so that the next run does not wait for one; resolves when it is ready. */
  async prewarm(): Promise<void> {
    if (!this.warm && !this.disposed) this.keep({ key: this.origins.join(' '), sandbox: this.spawn(this.origins) });
    await this.warm?.sandbox;
  }

  private keep(warm: WarmSandbox): void {
    this.warm = warm;
    warm.sandbox.catch(() => {
      if (this.warm === warm) this.warm = undefined;
    });
  }

  /** The kept sandbox when its policy fits these origins, else a new one (the unfit one is removed). */
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
    const origins = connectOrigins(request.allowedOrigins);
    const [modules, sandbox] = await Promise.all([this.options.modules.forRun(request.slug, request.files), this.takeSandbox(origins)]);
    const setup = {
      request,
      modules,
      loadFiles: (ids: string[]) => this.options.modules.load(ids),
      loadAsset: (path: string) => this.options.modules.asset(path),
      maxOutputLines: this.options.maxOutputLines ?? 5_000,
      maxOutputChars: this.options.maxOutputChars ?? 400_000,
    };
    const { result, sandbox: after } = await runInSandbox(sandbox, setup, io, signal);
    if (after === 'reusable' && !this.disposed && !this.warm) this.keep({ key: origins.join(' '), sandbox: Promise.resolve(sandbox) });
    else sandbox.remove();
    if (!this.disposed) void this.prewarm().catch(() => {});
    return result;
  }

  dispose(): void {
    this.disposed = true;
    void this.warm?.sandbox.then((sandbox) => sandbox.remove(), () => {});
    this.warm = undefined;
  }
}

export const createQuickRunner = (options: QuickRunnerOptions): QuickRunner => new QuickRunner(options);
