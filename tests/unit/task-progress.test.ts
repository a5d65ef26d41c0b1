import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeTaskProgress, summariseTaskProgress, taskHeading, taskIndexOf, taskProgress, taskWord } from '../../src/runtime/workbench/task-progress.ts';
import type { LabTask } from '../../src/runtime/session/lab-data.ts';

const tasks: LabTask[] = [
  { task: 'Chunk the documents.', hints: [], tests: ['m1:'] },
  { task: 'Rank and keep the top k.', hints: [], tests: ['topK ranks', 'wilson'] },
  { task: 'Judge faithfulness.', hints: [], tests: ['m3:'] },
  { task: 'Add questions of your own.', hints: [] },
];
const result = (name: string, passed: boolean) => ({ name, passed });

test('a test belongs to the first task that names it, by its own name or its full name with suites', () => {
  assert.equal(taskIndexOf(tasks, 'm1: chunks keep paragraphs whole'), 0);
  assert.equal(taskIndexOf(tasks, 'retrieval › topK ranks by score'), 1);
  assert.equal(taskIndexOf(tasks, 'wilson › clamps to 0..1'), 1);
  assert.equal(taskIndexOf(tasks, 'm4: the report table'), undefined);
});

test('a task passes only when every test it names ran and passed; a failure makes it failing, n of m', () => {
  const progress = taskProgress(tasks, [
    result('m1: a', true),
    result('m1: b', true),
    result('topK ranks best first', true),
    result('wilson › centre', false),
    result('wilson › clamps', true),
    result('m4: something no task names', false),
  ]);
  assert.deepEqual(progress, [
    { state: 'passed', passed: 2, ran: 2 },
    { state: 'failing', passed: 2, ran: 3 },
    { state: 'not-run', passed: 0, ran: 0 },
    { state: 'untested', passed: 0, ran: 0 },
  ]);
});

test('a test named by two tasks counts for both: a closing task that names tests of the earlier ones passes with them', () => {
  const closing: LabTask[] = [...tasks.slice(0, 2), { task: 'Run the lab.', hints: [], tests: ['m1:', 'topK ranks'] }];
  const progress = taskProgress(closing, [result('m1: a', true), result('topK ranks best first', true), result('wilson › clamps', true)]);
  assert.deepEqual(progress.map(({ state }) => state), ['passed', 'passed', 'passed']);
  assert.equal(taskIndexOf(closing, 'm1: a'), 0, 'a failure still points to the first task that names it');
});

test('a task some of whose named tests did not run is not passed, even when those that ran passed', () => {
  const [, second] = taskProgress(tasks, [result('topK ranks best first', true)]);
  assert.deepEqual(second, { state: 'not-run', passed: 1, ran: 1 });
  assert.equal(describeTaskProgress(second!, 'own'), 'not run in full, 1 of its tests passed');
});

test('a pass with the solution shown is said to be one, and a pass on edited tests not to count', () => {
  const passed = { state: 'passed', passed: 2, ran: 2 } as const;
  assert.equal(describeTaskProgress(passed, 'own'), 'passed');
  assert.equal(describeTaskProgress(passed, 'with-solution'), 'passed with the solution');
  assert.equal(describeTaskProgress(passed, 'edited-tests'), 'passed on edited tests (not counted)');
  assert.equal(describeTaskProgress({ state: 'failing', passed: 1, ran: 3 }, 'own'), 'failing, 1 of 3 tests pass');
  assert.equal(describeTaskProgress({ state: 'not-run', passed: 0, ran: 0 }, 'own'), 'not run');

  const progress = taskProgress(tasks, [result('m1: a', true), result('m3: b', true)]);
  assert.equal(summariseTaskProgress('Milestone', progress, 'own'), 'Milestones passed: 2 of 3');
  assert.equal(summariseTaskProgress('Milestone', progress, 'with-solution'), 'Milestones passed with the solution: 2 of 3');
  assert.equal(summariseTaskProgress('Milestone', progress, 'edited-tests'), 'Milestones passed on edited tests (not counted): 2 of 3');
  assert.equal(summariseTaskProgress('Task', taskProgress(tasks, []), 'with-solution'), 'Tasks passed: 0 of 3');
});

test('a lab whose test files are all m1-…, m2-… calls its tasks milestones', () => {
  assert.equal(taskWord(['src/main.ts', 'test/m1-index.test.ts', 'test/m2-retrieval.test.ts', 'test/fixtures.ts']), 'Milestone');
  assert.equal(taskWord(['test/m1-index.test.ts', 'test/extra.test.ts']), 'Task');
  assert.equal(taskWord(['test/client.test.ts']), 'Task');
  assert.equal(taskWord(['src/main.ts']), 'Task');
});

test('a task whose sentence already begins with its heading is not given it twice', () => {
  assert.equal(taskHeading('Milestone', 0, 'Milestone 1, index: cut each document into chunks.'), '');
  assert.equal(taskHeading('Task', 1, 'Retry 429s.'), 'Task 2: ');
  assert.equal(taskHeading('Milestone', 9, 'Milestone 1, index.'), 'Milestone 10: ');
  assert.equal(taskHeading('Milestone', 0, 'Milestone 10, the last.'), 'Milestone 1: ');
});
