import { keepsKeyInSandbox, type LabLanguage, type LabToPrepare, type RunIO, type RunRequest, type RunResult, type Runner } from '../runner.ts';
import { cannotBoot, type BrowserFacts, type FallbackReason } from './webcontainer/availability.ts';
import { WebContainerUnavailable, type WebContainerRunner } from './webcontainer/webcontainer-runner.ts';

export type RunnerPreference = 'auto' | 'quick' | 'webcontainer';

export type RunnerChoice = { kind: 'webcontainer' } | { kind: 'quick'; reason: FallbackReason | 'boot-pending'; detail?: string };

export interface AutoRunnerOptions {
  preference: RunnerPreference;
  facts: BrowserFacts;
  /** The lab's language: a Python lab never boots a WebContainer. */
  language?: LabLanguage;
  quick(): Runner;
  webcontainer(): WebContainerRunner;
  /** Called whenever the runner in use, or the reason for it, changes. */
  onChoice(choice: RunnerChoice): void;
}

/**
 * Uses a WebContainer where one boots, the quick runner otherwise. The boot
 * starts only once the quick runner has answered (its sandbox is ready, or a
 * run has ended), so that it never delays the first output; until it
 * succeeds, runs go to the quick runner, and a boot that fails or times out
 * is reported with its reason.
 */
export class AutoRunner implements Runner {
  private readonly options: AutoRunnerOptions;
  private quickRunner: Runner | undefined;
  private booted: boolean | undefined;
  private booting: Promise<void> | undefined;
  private choice: RunnerChoice | undefined;

  constructor(options: AutoRunnerOptions) {
    this.options = options;
    // A Python lab runs in Pyodide in the quick runner's sandbox; a WebContainer is Node, with no Python to run it.
    const blocked = options.language === 'python' ? 'python' : options.preference === 'quick' ? 'chosen' : cannotBoot(options.facts);
    if (blocked) {
      this.booted = false;
      this.choose({ kind: 'quick', reason: blocked });
      return;
    }
    this.choose({ kind: 'quick', reason: 'boot-pending' });
  }

  /** Starts the WebContainer's boot (once); resolves when it has succeeded or failed. */
  private startBoot(): Promise<void> {
    if (this.booted === false) return Promise.resolve();
    this.booting ??= this.options
      .webcontainer()
      .boot()
      .then((outcome) => {
        this.booted = outcome.ok;
        this.choose(outcome.ok ? { kind: 'webcontainer' } : { kind: 'quick', reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) });
      });
    return this.booting;
  }

  private get quick(): Runner {
    this.quickRunner ??= this.options.quick();
    return this.quickRunner;
  }

  get kind(): Runner['kind'] {
    return this.choice?.kind ?? 'quick';
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    if (this.booted === undefined && this.options.preference === 'webcontainer') await this.startBoot();
    if (this.booted && !keepsKeyInSandbox(request)) {
      try {
        return await this.options.webcontainer().run(request, io, signal);
      } catch (error) {
        if (!(error instanceof WebContainerUnavailable)) throw error;
        this.booted = false;
        this.choose({ kind: 'quick', reason: error.reason });
      }
    }
    try {
      return await this.quick.run(request, io, signal);
    } finally {
      void this.startBoot();
    }
  }

  /** Gets the quick runner ready, then lets the WebContainer start booting. */
  async prewarm(lab?: LabToPrepare): Promise<void> {
    try {
      await this.quick.prewarm?.(lab);
    } finally {
      void this.startBoot();
    }
  }

  dispose(): void {
    this.quickRunner?.dispose();
  }

  private choose(choice: RunnerChoice): void {
    this.choice = choice;
    this.options.onChoice(choice);
  }
}
