import type { LabData } from '../../../src/runtime/session/lab-data.ts';

/** A small lab: two source files, a test, and a solution for src/main.ts. */
export const demoLab: LabData = {
  slug: 'demo',
  dir: 'labs/demo',
  title: 'Demo',
  entry: 'src/main.ts',
  open: ['src/main.ts'],
  tasks: [{ task: 'Make the test pass.', hints: ['Read the test first.'] }],
  timeoutMs: 10_000,
  starter: { 'src/main.ts': 'starter', 'src/util.ts': 'util', 'test/a.test.ts': 'test', 'package.json': '{}' },
  solution: { 'src/main.ts': 'solved' },
};
