import { EventEmitter } from './events.ts';

/** Thrown by process.exit() to end the run with a code. */
export class ExitSignal {
  readonly code: number;
  constructor(code: number) {
    this.code = code;
  }
}

export function createProcess(env: Record<string, string>, entry: string, write: (stream: 'stdout' | 'stderr', text: string) => void) {
  const started = performance.now();
  const emitter = new EventEmitter();
  const stream = (name: 'stdout' | 'stderr') => ({
    write: (chunk: unknown) => (write(name, typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk as Uint8Array)), true),
    isTTY: false,
    columns: 100,
  });
  return Object.assign(emitter, {
    env: { ...env },
    argv: ['/usr/local/bin/node', `/lab/${entry}`],
    argv0: 'node',
    execArgv: [] as string[],
    exitCode: undefined as number | undefined,
    exit(code?: number): never {
      throw new ExitSignal(code ?? (this as { exitCode?: number }).exitCode ?? 0);
    },
    cwd: () => '/lab',
    platform: 'browser',
    arch: 'wasm',
    pid: 1,
    // No versions.node: packages that have a Node build and a browser build (PGlite, Emscripten's glue)
    // take the Node path when they see it, and reach for node:fs and node:module, which the page lacks.
    version: 'v24.0.0',
    versions: {} as Record<string, string>,
    stdout: stream('stdout'),
    stderr: stream('stderr'),
    nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
    hrtime: Object.assign((previous?: [number, number]) => {
      const now = performance.now() - started;
      const seconds = Math.floor(now / 1000);
      const nanos = Math.floor((now % 1000) * 1e6);
      return previous ? [seconds - previous[0], nanos - previous[1]] : [seconds, nanos];
    }, { bigint: () => BigInt(Math.floor((performance.now() - started) * 1e6)) }),
    uptime: () => (performance.now() - started) / 1000,
    memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
    emitWarning: (warning: unknown) => write('stderr', `Warning: ${String(warning instanceof Error ? warning.message : warning)}\n`),
  });
}
