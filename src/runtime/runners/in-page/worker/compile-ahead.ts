// A run's lab files, compiled by sucrase before any of the lab's code runs.
// Compiled this early, the code depends on the file's text alone (no lab code
// has had a chance to change the worker yet), so the page may keep it and send
// it back with later runs: a file whose text has not changed is not compiled
// again, which is most of the time a warm run takes.
import { compile } from './module-system.ts';
import { labRoot } from './resolve.ts';

const isCode = (path: string): boolean => /\.[cm]?[jt]sx?$/.test(path);
export const isTestFile = (path: string): boolean => /^test\/.+\.test\.[cm]?ts$/.test(path);

/**
 * The compiled code of every code file the run may load (a `start` run leaves out the test files):
 * taken from `reused` where the page had it, else compiled now and told to `compiled`. A file that
 * fails to compile is left out, to be compiled again, and reported, if the run loads it.
 */
export function compileAhead(files: Record<string, string>, command: 'start' | 'test', reused: Record<string, string>, compiled: (path: string, code: string) => void): Map<string, string> {
  const codeByPath = new Map<string, string>();
  for (const [path, source] of Object.entries(files)) {
    if (!isCode(path) || (command === 'start' && isTestFile(path))) continue;
    const known = reused[path];
    if (typeof known === 'string') {
      codeByPath.set(path, known);
      continue;
    }
    try {
      const code = compile(`${labRoot}/${path}`, source);
      codeByPath.set(path, code);
      compiled(path, code);
    } catch {
      // Not reported here: a file the run never loads must not fail it.
    }
  }
  return codeByPath;
}
