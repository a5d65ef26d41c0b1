// Node ends a program when nothing is left to do: no timers, no requests in
// flight. The worker approximates that by counting timers and fetches.
export class Activity {
  private readonly timers = new Set<unknown>();
  private fetches = 0;
  private wait: (ms: number) => Promise<unknown> = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  install(scope: typeof globalThis): void {
    const { setTimeout: nativeSetTimeout, clearTimeout: nativeClearTimeout, setInterval: nativeSetInterval, clearInterval: nativeClearInterval, fetch: nativeFetch } = scope;
    const timers = this.timers;
    this.wait = (ms) => new Promise((resolve) => nativeSetTimeout(resolve, ms));
    scope.setTimeout = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
      const id = nativeSetTimeout(() => {
        timers.delete(id);
        handler(...args);
      }, delay);
      timers.add(id);
      return id;
    }) as typeof setTimeout;
    scope.clearTimeout = ((id: ReturnType<typeof setTimeout>) => {
      timers.delete(id);
      nativeClearTimeout(id);
    }) as typeof clearTimeout;
    scope.setInterval = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
      const id = nativeSetInterval(handler, delay, ...args);
      timers.add(id);
      return id;
    }) as typeof setInterval;
    scope.clearInterval = ((id: ReturnType<typeof setInterval>) => {
      timers.delete(id);
      nativeClearInterval(id);
    }) as typeof clearInterval;
    scope.fetch = (async (...args: Parameters<typeof fetch>) => {
      this.fetches++;
      try {
        return await nativeFetch(...args);
      } finally {
        this.fetches--;
      }
    }) as typeof fetch;
  }

  get idle(): boolean {
    return this.timers.size === 0 && this.fetches === 0;
  }

  /** Resolves once nothing is pending for two checks in a row. */
  async settled(): Promise<void> {
    let quietChecks = 0;
    while (quietChecks < 2) {
      await this.wait(5);
      quietChecks = this.idle ? quietChecks + 1 : 0;
    }
  }
}
