// A task's "tests" name the tests that check it, so that a failing test in the
// workbench can point to its task and hints. A name that no test of the lab has
// (a typo, a renamed test) would point nowhere: the build says so.
import { LabError } from './errors.ts';
import type { LabManifest } from './manifest.ts';

/** The names given to test() and it() in the lab's test files, as written in the source. */
export function testNames(testFiles: string[]): string[] {
  const names: string[] = [];
  for (const source of testFiles) {
    for (const match of source.matchAll(/\b(?:test|it)\s*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) names.push((match[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return names;
}

export function taskTestErrors(manifest: LabManifest, testFiles: string[], manifestFile: string): LabError[] {
  const names = testNames(testFiles);
  return manifest.tasks.flatMap(({ tests = [] }, task) =>
    tests.flatMap((name, index) =>
      names.some((test) => test.startsWith(name)) ? [] : [new LabError(manifestFile, `no test of the lab is named "${name}" or begins with it`, `tasks.${task}.tests.${index}`)],
    ),
  );
}
