import { keepsKeyInSandbox, type RunIO, type RunRequest, type RunResult, type Runner } from '../runner.ts';
import { cannotBoot, type BrowserFacts, type FallbackReason } from './webcontainer/availability.ts';
import { WebContainerUnavailable, type WebContainerRunner } from './webcontainer/webcontainer-runner.ts';

export type RunnerPreference = 'auto' | 'quick' | 'webcontainer';

export type RunnerChoice = { kind: 'webcontainer' } | { kind: 'quick'; reason: FallbackReason | 'boot-pending'; detail?: string };

export interface AutoRunnerOptions {
  preference: RunnerPreference;
  facts: BrowserFacts;
  quick(): Runner;
  webcontainer(): WebContainerRunner;
  /** Called whenever the runner in use, or the reason for it, changes. */
  onChoice(choice: RunnerChoice): void;
}

/**
 * Uses a WebContainer where one boots, the quick runner otherwise. The boot
 * starts at once and never delays a run: until it succeeds, runs go to the
 * quick runner, and a boot that fails or times out is reported with its reason.
 */
export class AutoRunner implements Runner {
  private readonly options: AutoRunnerOptions;
  private quickRunner: Runner | undefined;
  private booted: boolean | undefined;
  private choice: RunnerChoice | undefined;

  constructor(options: AutoRunnerOptions) {
    this.options = options;
    const blocked = options.preference === 'quick' ? 'chosen' : cannotBoot(options.facts);
    if (blocked) {
      this.booted = false;
      this.choose({ kind: 'quick', reason: blocked });
      return;
    }
    this.choose({ kind: 'quick', reason: 'boot-pending' });
    void options
      .webcontainer()
      .boot()
      .then((outcome) => {
        this.booted = outcome.ok;
        this.choose(outcome.ok ? { kind: 'webcontainer' } : { kind: 'quick', reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) });
      });
  }

  get kind(): Runner['kind'] {
    return this.choice?.kind ?? 'quick';
  }

  async run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult> {
    if (this.booted === undefined && this.options.preference === 'webcontainer') await this.options.webcontainer().boot();
    if (this.booted && !keepsKeyInSandbox(request)) {
      try {
        return await this.options.webcontainer().run(request, io, signal);
      } catch (error) {
        if (!(error instanceof WebContainerUnavailable)) throw error;
        this.booted = false;
        this.choose({ kind: 'quick', reason: error.reason });
      }
    }
    this.quickRunner ??= this.options.quick();
    return this.quickRunner.run(request, io, signal);
  }

  prewarm(): void {
    this.quickRunner ??= this.options.quick();
    this.quickRunner.prewarm?.();
  }

  dispose(): void {
    this.quickRunner?.dispose();
  }

  private choose(choice: RunnerChoice): void {
    this.choice = choice;
    this.options.onChoice(choice);
  }
}
