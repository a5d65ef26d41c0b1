import type { LabLanguage, LabToPrepare, RunIO, RunRequest, RunResult, Runner } from '../../runner.ts';
import { connectOrigins, createSandbox, type Sandbox } from './sandbox-frame.ts';
import type { RunModules } from './protocol.ts';
import { runInSandbox } from './run-in-sandbox.ts';
import { CompiledFiles } from './compiled-files.ts';

const sandboxKey = (language: LabLanguage, origins: string[]): string => [language, ...origins].join(' ');

export interface ModuleSource {
  forRun(slug: string, files: Record<string, string>): Promise<RunModules>;
  load(ids: string[]): Promise<Record<string, string>>;
  /** A package's data file, by the path the package reads it from; undefined when the graph has none. */
  asset(path: string): Promise<ArrayBuffer | undefined>;
  /** The data files of the packages a run of these files loads, by path. */
  assetsFor(slug: string, files: Record<string, string>): Promise<string[]>;
}

/** The learner asked the browser to save data (Save-Data): then nothing is fetched before they run a lab. */
const savingData = (): boolean => (globalThis.navigator as (Navigator & { connection?: { saveData?: boolean } }) | undefined)?.connection?.saveData === true;

export interface QuickRunnerOptions {
  /** URL of the bundled worker script. */
  workerUrl: string;
  /** URL of the worker for Python labs (Pyodide bundled in), fetched only when one first runs. */
  pythonWorkerUrl?: string;
  /**
   * The language of the lab this runner serves, for the sandbox it starts ahead of the first run.
   * For Python none is started ahead: Pyodide's worker loads only when the learner first runs the lab.
   */
  language?: LabLanguage;
  /** The npm modules of a run, from the module graph built for the page. */
  modules: ModuleSource;
  maxOutputLines?: number;
  /** The character cap, so that one enormous line is cut as well. */
  maxOutputChars?: number;
}

interface WarmSandbox {
  /** Its worker's language and the origins its policy allows: a run that needs others gets a new sandbox. */
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
  private readonly workerSources = new Map<LabLanguage, Promise<string>>();
  private readonly compiledFiles = new CompiledFiles();
  private warm: WarmSandbox | undefined;
  /** The origins of the last run: the next sandbox is started with the same policy. */
  private origins: string[] = [];
  /** The language of the last run (or of the lab): the next sandbox starts its worker. */
  private language: LabLanguage;
  /** Whether a sandbox may be started before a run asks for one (not for Python until its first run). */
  private mayPrewarm: boolean;
  private disposed = false;

  constructor(options: QuickRunnerOptions) {
    this.options = options;
    this.language = options.language ?? 'typescript';
    this.mayPrewarm = this.language !== 'python';
  }

  /**
   * Starts a sandbox now, so that the next run does not wait for one; resolves when it is ready.
   * Given the lab, it then gets what a run of it loads (see prepare): the caller decides when that
   * is worth the bytes (the workbench waits until the learner reaches for it).
   */
  async prewarm(lab?: LabToPrepare): Promise<void> {
    if (!this.mayPrewarm) return;
    if (!this.warm && !this.disposed) this.keep({ key: sandboxKey(this.language, this.origins), sandbox: this.spawn(this.origins, this.language) });
    const sandbox = await this.warm?.sandbox;
    if (sandbox && lab && (lab.language ?? 'typescript') === 'typescript' && !savingData()) await this.prepare(sandbox, lab);
  }

  /**
   * Fetches what a run of the lab loads: its module files and its packages'
   * data files (PGlite's 20 MB of WebAssembly, data image and fresh cluster),
   * the WebAssembly compiled in the sandbox; the first Run then waits for none
   * of it.
   */
  private async prepare(sandbox: Sandbox, lab: LabToPrepare): Promise<void> {
    const { modules } = this.options;
    await Promise.all([
      modules.forRun(lab.slug, lab.files),
      modules.assetsFor(lab.slug, lab.files).then((paths) =>
        Promise.all(
          paths.map(async (path) => {
            const bytes = await modules.asset(path);
            if (bytes && path.endsWith('.wasm')) sandbox.compileWasm({ [path]: bytes });
          }),
        ),
      ),
    ]);
  }

  private keep(warm: WarmSandbox): void {
    this.warm = warm;
    warm.sandbox.catch(() => {
      if (this.warm === warm) this.warm = undefined;
    });
  }

  /** The kept sandbox when its worker and policy fit this run, else a new one (the unfit one is removed). */
  private takeSandbox(origins: string[], language: LabLanguage): Promise<Sandbox> {
    const warm = this.warm;
    this.warm = undefined;
    this.origins = origins;
    this.language = language;
    this.mayPrewarm = true;
    if (warm && warm.key === sandboxKey(language, origins)) return warm.sandbox;
    void warm?.sandbox.then((sandbox) => sandbox.remove(), () => {});
    return this.spawn(origins, language);
  }

  private spawn(origins: string[], language: LabLanguage): Promise<Sandbox> {
    const url = language === 'python' ? this.options.pythonWorkerUrl : this.options.workerUrl;
    if (!url) return Promise.reject(new Error('This page cannot run Python labs: the in-page runner was set up without its Python worker.'));
    let source = this.workerSources.get(language);
    if (!source) {
      source = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`Could not load the in-page runner (${response.status} from ${url}).`);
        return response.text();
      });
      source.catch(() => this.workerSources.delete(language));
      this.workerSources.set(language, source);
    }
    return source.then((text) => createSandbox(text, origins));
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    const origins = connectOrigins(request.allowedOrigins);
    const language = request.language ?? 'typescript';
    // A Python lab imports no npm modules: Pyodide runs it, and asks for its own data files as it starts.
    const modules = language === 'python' ? Promise.resolve({ entries: {}, files: {}, graph: {} }) : this.options.modules.forRun(request.slug, request.files);
    const [runModules, sandbox] = await Promise.all([modules, this.takeSandbox(origins, language)]);
    const setup = {
      request,
      modules: runModules,
      compiledFiles: this.compiledFiles.reusable(request.slug, request.files),
      keepCompiled: (path: string, code: string) => this.compiledFiles.keep(request.slug, request.files, path, code),
      loadFiles: (ids: string[]) => this.options.modules.load(ids),
      loadAsset: (path: string) => this.options.modules.asset(path),
      maxOutputLines: this.options.maxOutputLines ?? 5_000,
      maxOutputChars: this.options.maxOutputChars ?? 400_000,
    };
    const { result, sandbox: after } = await runInSandbox(sandbox, setup, io, signal);
    if (after === 'reusable' && !this.disposed && !this.warm) this.keep({ key: sandboxKey(language, origins), sandbox: Promise.resolve(sandbox) });
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
