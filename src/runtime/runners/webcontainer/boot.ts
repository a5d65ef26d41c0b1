import type { BootOptions, WebContainer } from '@webcontainer/api';
import type { FallbackReason } from './availability.ts';

export type BootOutcome = { ok: true; container: WebContainer } | { ok: false; reason: FallbackReason; detail?: string };

export type BootFunction = (options: BootOptions) => Promise<WebContainer>;

/**
 * Boots once, racing a timeout. Offline or when StackBlitz is blocked,
 * WebContainer.boot() neither resolves nor rejects, and later calls hang too,
 * so a timed-out boot is never retried on this page.
 */
export function bootWithTimeout(boot: BootFunction, options: BootOptions, timeoutMs: number): Promise<BootOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'boot-timeout', detail: `no answer after ${timeoutMs} ms` }), timeoutMs);
    boot(options).then(
      (container) => {
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
