// `npm run pdf` builds the site only when dist/ is older than what it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the site is built from, relative to the project root. */
export const buildSources = ['src', 'labs', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const skipped = new Set(['node_modules', '.DS_Store']);

/** The newest modification time (ms) of a file or of any file below a folder; 0 when it does not exist. */
export function newestChange(path: string): { time: number; file: string | undefined } {
  if (!existsSync(path)) return { time: 0, file: undefined };
  const info = statSync(path);
  if (!info.isDirectory()) return { time: info.mtimeMs, file: path };
  let newest: { time: number; file: string | undefined } = { time: 0, file: undefined };
  for (const entry of readdirSync(path)) {
    if (skipped.has(entry)) continue;
    const candidate = newestChange(join(path, entry));
    if (candidate.time > newest.time) newest = candidate;
  }
  return newest;
}

/** Why the site must be built before printing, or undefined when dist/ is up to date. */
export function buildReason(root: string, builtPage: string, sources = buildSources): string | undefined {
  const built = join(root, builtPage);
  if (!existsSync(built)) return `${builtPage} does not exist`;
  const builtAt = statSync(built).mtimeMs;
  for (const source of sources) {
    const { time, file } = newestChange(join(root, source));
    if (time > builtAt) return `${relative(root, file ?? source)} changed after the last build`;
  }
  return undefined;
}
