import type { WebContainer, WebContainerProcess } from '@webcontainer/api';
import type { FileMap, RunIO, RunRequest, RunResult, Runner, UsageEvent } from '../../runner.ts';
import { standaloneProject } from '../../export/standalone.ts';
import { toFileSystemTree } from './file-tree.ts';
import { TapParser } from './tap.ts';
import { bootWithTimeout, type BootFunction, type BootOutcome } from './boot.ts';
import { packagesFromNpmOutput, stripsTypes, type InstallProgress } from './install-progress.ts';
import type { FallbackReason } from './availability.ts';

export interface WebContainerRunnerOptions {
  boot: BootFunction;
  /** Must match the Cross-Origin-Embedder-Policy the page is served with. */
  coep: 'require-corp' | 'credentialless';
  bootTimeoutMs?: number;
  /** The kit's files, which go inside the mounted project (see standaloneProject). */
  loadKit(): Promise<FileMap>;
  onProgress?(progress: InstallProgress): void;
}

/** Thrown by run() when no WebContainer is available, so the caller can fall back. */
export class WebContainerUnavailable extends Error {
  readonly reason: FallbackReason;
  constructor(reason: FallbackReason, detail?: string) {
    super(`WebContainer unavailable: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'WebContainerUnavailable';
    this.reason = reason;
  }
}

async function pipe(process: WebContainerProcess, write: (text: string) => void): Promise<number> {
  await process.output.pipeTo(new WritableStream({ write }));
  return process.exit;
}

/** Runs a lab in a WebContainer: full Node in the page, with npm install from the registry. */
export class WebContainerRunner implements Runner {
  readonly kind = 'webcontainer' as const;
  private readonly options: WebContainerRunnerOptions;
  private booting: Promise<BootOutcome> | undefined;
  private installedFor: string | undefined;
  private nodeVersion: string | undefined;

  constructor(options: WebContainerRunnerOptions) {
    this.options = options;
  }

  /** Starts the one boot of this page (idempotent). */
  boot(): Promise<BootOutcome> {
    this.booting ??= bootWithTimeout(this.options.boot, { coep: this.options.coep, workdirName: 'lab' }, this.options.bootTimeoutMs ?? 2_500);
    return this.booting;
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    const started = performance.now();
    const progress = (phase: InstallProgress['phase'], packages?: number) =>
      this.options.onProgress?.({ phase, elapsedMs: performance.now() - started, ...(packages === undefined ? {} : { packages }) });
    progress('booting');
    const outcome = await this.boot();
    if (!outcome.ok) throw new WebContainerUnavailable(outcome.reason, outcome.detail);
    const container = outcome.container;

    progress('mounting');
    const project = standaloneProject(request.slug, request.files, await this.options.loadKit());
    await container.mount(toFileSystemTree(project));

    const usage: UsageEvent[] = [];
    const finish = (exitCode: number, end: RunResult['end'], extra: Partial<RunResult> = {}): RunResult => ({
      exitCode,
      end,
      usage,
      droppedLines: 0,
      durationMs: performance.now() - started,
      ...extra,
    });

    if (this.installedFor !== project['package.json']) {
      progress('installing');
      const install = await container.spawn('npm', ['install', '--no-audit', '--no-fund']);
      const installed = await this.watch(install, signal, (text) => {
        io.stdout(text);
        const packages = packagesFromNpmOutput(text);
        if (packages !== undefined) progress('installing', packages);
      });
      if (typeof installed !== 'number') return finish(130, 'stopped');
      if (installed !== 0) return finish(installed, 'crash');
      this.installedFor = project['package.json'];
      progress('installed');
    }

    this.nodeVersion ??= await this.readNodeVersion(container);
    const env: Record<string, string> = { ...request.env };
    if (!stripsTypes(this.nodeVersion)) {
      // Older Node in the container: load tsx so .ts files still run.
      env.NODE_OPTIONS = '--import tsx';
      await this.watch(await container.spawn('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'tsx']), signal, () => {});
    }
    progress('running');
    // Real Node starts slower than the in-page runner; allow for it on top of the lab's limit.
    const limit = request.timeoutMs + 10_000;
    const ended = (code: number | 'stopped' | 'timeout', extra: Partial<RunResult> = {}) =>
      code === 'stopped' ? finish(130, 'stopped', extra) : code === 'timeout' ? finish(124, 'timeout', extra) : finish(code, 'exit', extra);
    if (request.command === 'start') {
      return ended(await this.watch(await container.spawn('npm', ['start', '--silent'], { env }), signal, io.stdout, limit));
    }
    // TAP feeds the checklist; what the tests print, and any crash, goes to the output.
    const tap = new TapParser((result) => io.test?.(result), io.stdout);
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --test-reporter=tap`.trim();
    const code = await this.watch(await container.spawn('npm', ['test', '--silent'], { env }), signal, (text) => tap.push(text), limit);
    return ended(code, { tests: tap.end() });
  }

  /** An interactive shell in the container, for the terminal panel. */
  async openShell(size: { cols: number; rows: number }): Promise<WebContainerProcess> {
    const outcome = await this.boot();
    if (!outcome.ok) throw new WebContainerUnavailable(outcome.reason, outcome.detail);
    return outcome.container.spawn('jsh', { terminal: size });
  }

  dispose(): void {
    void this.booting?.then((outcome) => outcome.ok && outcome.container.teardown());
  }

  /** Pipes a process's output until it exits, or kills it when stopped or too slow. */
  private async watch(process: WebContainerProcess, signal: AbortSignal | undefined, write: (text: string) => void, timeoutMs?: number): Promise<number | 'stopped' | 'timeout'> {
    let stop: (value: 'stopped' | 'timeout') => void = () => {};
    const stopped = new Promise<'stopped' | 'timeout'>((resolve) => (stop = resolve));
    const kill = (why: 'stopped' | 'timeout') => {
      process.kill();
      stop(why);
    };
    const onAbort = () => kill('stopped');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs ? setTimeout(() => kill('timeout'), timeoutMs) : undefined;
    try {
      return await Promise.race([pipe(process, write), stopped]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
    }
  }

  private async readNodeVersion(container: WebContainer): Promise<string> {
    let version = '';
    await pipe(await container.spawn('node', ['--version']), (text) => (version += text));
    return version.trim();
  }
}
