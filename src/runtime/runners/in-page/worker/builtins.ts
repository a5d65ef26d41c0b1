// The Node built-ins a run can require, by name (without "node:"). Each is the
// sandbox's shim; a member a shim lacks, and a built-in the sandbox does not
// have at all, say so by name when used (see unavailableBuiltin).
import { assertModule, strictModule } from './shims/assert.ts';
import { asyncHooksModule } from './shims/async-hooks.ts';
import { cryptoModule } from './shims/crypto.ts';
import { eventsModule } from './shims/events.ts';
import { createFs } from './shims/fs.ts';
import { pathModule } from './shims/path.ts';
import { urlModule } from './shims/url.ts';
import { utilModule } from './shims/util.ts';

// Frozen, so that lab code cannot swap out the assertions that judge it.
Object.freeze(assertModule);
Object.freeze(strictModule);

export function createBuiltins(files: Record<string, string>, process: unknown): Record<string, unknown> {
  const fs = createFs(files);
  const timersPromises = { setTimeout: (ms: number, value?: unknown) => new Promise((resolve) => setTimeout(() => resolve(value), ms)) };
  return {
    assert: assertModule,
    'assert/strict': strictModule,
    async_hooks: asyncHooksModule,
    crypto: cryptoModule,
    events: eventsModule,
    fs,
    'fs/promises': fs.promises,
    path: pathModule,
    process,
    timers: { setTimeout, setInterval, clearTimeout, clearInterval },
    'timers/promises': timersPromises,
    url: urlModule,
    util: utilModule,
  };
}
