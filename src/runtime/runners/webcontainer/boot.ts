import type { BootOptions, WebContainer } from '@webcontainer/api';
import type { FallbackReason } from './availability.ts';

export type BootOutcome = { ok: true; container: WebContainer } | { ok: false; reason: FallbackReason; detail?: string };

export type BootFunction = (options: BootOptions) => Promise<WebContainer>;

/**
 * Boots once, racing a timeout. Offline or when StackBlitz is blocked,
 * WebContainer.boot() neither resolves nor rejects, and later calls hang too,
 * so a timed-out boot is never retried on this page.
 *
 * A boot that answers after the timeout is torn down at once: by then the
 * learner has been told the page runs labs in the in-page runner, and switching
 * runners mid-session would contradict that notice. Tearing it down also frees
 * the one WebContainer a page may hold.
 */
export function bootWithTimeout(boot: BootFunction, options: BootOptions, timeoutMs: number): Promise<BootOutcome> {
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      resolve({ ok: false, reason: 'boot-timeout', detail: `no answer after ${timeoutMs} ms` });
    }, timeoutMs);
    boot(options).then(
      (container) => {
        if (timedOut) return void container.teardown();
        clearTimeout(timer);
        resolve({ ok: true, container });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: 'boot-failed', detail: error instanceof Error ? error.message : String(error) });
      },
    );
  });
}
