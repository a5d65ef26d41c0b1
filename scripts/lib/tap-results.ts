// Each test's name and verdict from node:test's TAP output (and the Python labs' runner, which prints
// the same lines without subtests), named as the in-page runner names them: suites and test joined by
// " › ". A suite's own line is not a result: only the tests inside it are.
import type { TestResult } from '../../src/runtime/runner.ts';

const subtestLine = /^( *)# Subtest: (.*)$/;
const resultLine = /^( *)(not )?ok \d+ - (.*?)(?: # (?:SKIP|TODO)\b.*)?$/;
const unescape = (name: string): string => name.replace(/\\#/g, '#').replace(/\\\\/g, '\\');

export function tapResults(tap: string): Pick<TestResult, 'name' | 'passed'>[] {
  const suites: string[] = [];
  const holdsTests: boolean[] = [];
  const results: Pick<TestResult, 'name' | 'passed'>[] = [];
  for (const line of tap.split('\n')) {
    const subtest = subtestLine.exec(line);
    if (subtest) {
      const depth = subtest[1]!.length / 4;
      suites.length = holdsTests.length = depth;
      suites.push(unescape(subtest[2]!));
      holdsTests.push(false);
      continue;
    }
    const result = resultLine.exec(line);
    if (!result) continue;
    const depth = result[1]!.length / 4;
    if (depth > 0) holdsTests[depth - 1] = true;
    if (holdsTests[depth]) {
      holdsTests[depth] = false;
      continue;
    }
    results.push({ name: [...suites.slice(0, depth), unescape(result[3]!)].join(' › '), passed: !result[2] });
  }
  return results;
}
