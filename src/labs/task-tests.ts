// A task's "tests" name the tests that check it, so that a failing test in the
// workbench can point to its task and hints. A name that no test of the lab has
// (a typo, a renamed test) would point nowhere: the build says so.
import { LabError } from './errors.ts';
import type { LabLanguage, LabManifest } from './manifest.ts';

/** A test file of a lab: a *.test.ts under test/ (node:test), or a test_*.py under test/ (unittest) in a Python lab. */
export const isTestFile = (path: string, language: LabLanguage): boolean => (language === 'python' ? /^test\/(.+\/)?test_[^/]*\.py$/ : /^test\/.+\.test\.ts$/).test(path);

/** The names given to test() and it() in the lab's test files, as written in the source. */
export function testNames(testFiles: string[]): string[] {
  const names: string[] = [];
  for (const source of testFiles) {
    for (const match of source.matchAll(/\b(?:test|it)\s*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) names.push((match[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return names;
}

/** The test methods of unittest test files: every def (or async def) whose name begins with "test". */
export function pythonTestNames(testFiles: string[]): string[] {
  return testFiles.flatMap((source) => [...source.matchAll(/^[ \t]+(?:async[ \t]+)?def[ \t]+(test\w*)[ \t]*\(/gm)].map((match) => match[1] ?? ''));
}

export function taskTestErrors(manifest: LabManifest, testFiles: string[], manifestFile: string): LabError[] {
  const names = manifest.language === 'python' ? pythonTestNames(testFiles) : testNames(testFiles);
  return manifest.tasks.flatMap(({ tests = [] }, task) =>
    tests.flatMap((name, index) =>
      names.some((test) => test.startsWith(name)) ? [] : [new LabError(manifestFile, `no test of the lab is named "${name}" or begins with it`, `tasks.${task}.tests.${index}`)],
    ),
  );
}
