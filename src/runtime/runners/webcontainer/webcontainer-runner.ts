import type { WebContainer, WebContainerProcess } from '@webcontainer/api';
import type { FileMap, RunIO, RunRequest, RunResult, Runner, UsageEvent } from '../../runner.ts';
import { standaloneProject } from '../../export/standalone.ts';
import { toFileSystemTree } from './file-tree.ts';
import { TapParser } from './tap.ts';
import { bootWithTimeout, type BootFunction, type BootOutcome } from './boot.ts';
import { NpmInstallOutput, ProgressReporter, stripsTypes, systemClock, type Clock, type InstallProgress } from './install-progress.ts';
import { pipe, watch } from './process-watch.ts';
import type { FallbackReason } from './availability.ts';

/**
 * How long boot() may take before the page settles on the in-page runner. Offline it
 * never answers; 2 s keeps the reason on screen within the 3 s budget (DESIGN.md §7)
 * counted from when the workbench appears, which also loads the workbench itself.
 */
export const defaultBootTimeoutMs = 2_000;

export interface WebContainerRunnerOptions {
  boot: BootFunction;
  /** Must match the Cross-Origin-Embedder-Policy the page is served with. */
  coep: 'require-corp' | 'credentialless';
  bootTimeoutMs?: number;
  /** The kit's files, which go inside the mounted project (see standaloneProject). */
  loadKit(): Promise<FileMap>;
  onProgress?(progress: InstallProgress): void;
  /** Time and timers for the progress display; the system's unless a test drives them. */
  clock?: Clock;
}

/** The learner's lab as it stands: what gets mounted. */
export type LabFiles = Pick<RunRequest, 'slug' | 'files'>;

/** Thrown by run() when no WebContainer is available, so the caller can fall back. */
export class WebContainerUnavailable extends Error {
  readonly reason: FallbackReason;
  readonly detail: string | undefined;
  constructor(reason: FallbackReason, detail?: string) {
    super(`WebContainer unavailable: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'WebContainerUnavailable';
    this.reason = reason;
    this.detail = detail;
  }
}

/** A booted container with the lab mounted; install is npm install's exit (0 when it was already done). */
interface Prepared {
  container: WebContainer;
  install: number | 'stopped';
}

const npmInstall = ['install', '--no-audit', '--no-fund', '--loglevel=http'];

/** Runs a lab in a WebContainer: full Node in the page, with npm install from the registry. */
export class WebContainerRunner implements Runner {
  readonly kind = 'webcontainer' as const;
  private readonly options: WebContainerRunnerOptions;
  private readonly clock: Clock;
  private booting: Promise<BootOutcome> | undefined;
  private preparing: Promise<unknown> = Promise.resolve();
  private installedFor: string | undefined;
  private nodeVersion: string | undefined;

  constructor(options: WebContainerRunnerOptions) {
    this.options = options;
    this.clock = options.clock ?? systemClock;
  }

  /** Starts the one boot of this page (idempotent). */
  boot(): Promise<BootOutcome> {
    this.booting ??= bootWithTimeout(this.options.boot, { coep: this.options.coep, workdirName: 'lab' }, this.options.bootTimeoutMs ?? defaultBootTimeoutMs);
    return this.booting;
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    const started = this.clock.now();
    const progress = new ProgressReporter(this.options.onProgress ? (event) => this.options.onProgress?.(event) : undefined, this.clock);
    const usage: UsageEvent[] = [];
    const finish = (exitCode: number, end: RunResult['end'], extra: Partial<RunResult> = {}): RunResult => ({
      exitCode,
      end,
      usage,
      droppedLines: 0,
      durationMs: this.clock.now() - started,
      ...extra,
    });
    try {
      const { container, install } = await this.prepare(request, io.stdout, signal, progress);
      if (install === 'stopped') return finish(130, 'stopped');
      if (install !== 0) return finish(install, 'crash');

      this.nodeVersion ??= await this.readNodeVersion(container);
      const env: Record<string, string> = { ...request.env };
      if (!stripsTypes(this.nodeVersion)) {
        // Older Node in the container: load tsx so .ts files still run.
        env.NODE_OPTIONS = '--import tsx';
        await watch(await container.spawn('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'tsx']), signal, () => {});
      }
      progress.enter('running');
      // Real Node starts slower than the in-page runner; allow for it on top of the lab's limit.
      const limit = request.timeoutMs + 10_000;
      const ended = (code: number | 'stopped' | 'timeout', extra: Partial<RunResult> = {}) =>
        code === 'stopped' ? finish(130, 'stopped', extra) : code === 'timeout' ? finish(124, 'timeout', extra) : finish(code, 'exit', extra);
      if (request.command === 'start') {
        return ended(await watch(await container.spawn('npm', ['start', '--silent'], { env }), signal, io.stdout, limit));
      }
      // TAP feeds the checklist; what the tests print, and any crash, goes to the output.
      const tap = new TapParser((result) => io.test?.(result), io.stdout);
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --test-reporter=tap`.trim();
      const code = await watch(await container.spawn('npm', ['test', '--silent'], { env }), signal, (text) => tap.push(text), limit);
      return ended(code, { tests: tap.end() });
    } finally {
      progress.stop();
    }
  }

  /**
   * An interactive shell (jsh) for the terminal panel, in the folder the lab is
   * mounted in. It first mounts the learner's current files with the kit and
   * runs npm install if that is not done yet, writing npm's output to `write`.
   * A failed install still opens the shell, so the learner can look into it.
   */
  async openShell(lab: LabFiles, size: { cols: number; rows: number }, write: (text: string) => void): Promise<WebContainerProcess> {
    // npm's own output in the terminal shows the progress; the status line is for runs.
    const { container, install } = await this.prepare(lab, write, undefined, new ProgressReporter(undefined));
    if (install !== 0) write(`\r\nnpm install ended with ${install}; the shell opens anyway, so you can look into it.\r\n`);
    return container.spawn('jsh', { terminal: size });
  }

  dispose(): void {
    void this.booting?.then((outcome) => outcome.ok && outcome.container.teardown());
  }

  /** Boots, mounts the lab with the kit, and installs when package.json changed; one preparation at a time. */
  private prepare(lab: LabFiles, write: (text: string) => void, signal: AbortSignal | undefined, progress: ProgressReporter): Promise<Prepared> {
    const next = this.preparing.then(() => this.prepareNow(lab, write, signal, progress));
    this.preparing = next.catch(() => {});
    return next;
  }

  private async prepareNow(lab: LabFiles, write: (text: string) => void, signal: AbortSignal | undefined, progress: ProgressReporter): Promise<Prepared> {
    progress.enter('booting');
    const outcome = await this.boot();
    if (!outcome.ok) throw new WebContainerUnavailable(outcome.reason, outcome.detail);
    const { container } = outcome;

    progress.enter('mounting');
    const project = standaloneProject(lab.slug, lab.files, await this.options.loadKit());
    await container.mount(toFileSystemTree(project));
    if (this.installedFor === project['package.json']) return { container, install: 0 };

    progress.enter('installing');
    const npm = new NpmInstallOutput(write, (fetched) => progress.done(fetched));
    const install = await watch(await container.spawn('npm', npmInstall), signal, (text) => npm.push(text));
    npm.end();
    if (install === 'stopped' || install === 'timeout') return { container, install: 'stopped' };
    if (install === 0) {
      this.installedFor = project['package.json'];
      progress.enter('installed', npm.total);
    }
    return { container, install };
  }

  private async readNodeVersion(container: WebContainer): Promise<string> {
    let version = '';
    await pipe(await container.spawn('node', ['--version']), (text) => (version += text));
    return version.trim();
  }
}
