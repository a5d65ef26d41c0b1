import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLabs } from '../../src/labs/load.ts';
import { labsFixture, validFiles, validManifest } from './support/lab-fixture.ts';

const load = (tasks: unknown) => loadLabs(labsFixture({ fixture: { ...validFiles('@labs/fixture'), 'lab.json': JSON.stringify({ ...validManifest, tasks }) } }));
const problems = (tasks: unknown): string => {
  try {
    load(tasks);
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected the manifest to be rejected');
};

test('a task is a sentence, or a sentence with hints; the manifest reads both as { task, hints }', () => {
  const [lab] = load(['Write the parser.', { task: 'Retry 429s.', hints: ['Which statuses can succeed later?', 'Look at Retry-After before your own delay.'] }, { task: 'Run it.' }]);
  assert.deepEqual(lab?.manifest.tasks, [
    { task: 'Write the parser.', hints: [] },
    { task: 'Retry 429s.', hints: ['Which statuses can succeed later?', 'Look at Retry-After before your own delay.'] },
    { task: 'Run it.', hints: [] },
  ]);
});

test('a bad hint names the file, the task and the hint', () => {
  assert.match(problems([{ task: 'Do it.', hints: ['Fine hint.', 7] }]), /labs\/fixture\/lab\.json: field "tasks\.0\.hints\.1": expected a hint, as a sentence, got 7/);
  assert.match(problems(['First.', { task: 'Do it.', hints: ['ok'] }]), /field "tasks\.1\.hints\.0": expected a hint of at least 3 characters, got "ok"/);
  assert.match(problems([{ task: 'Do it.', hints: [] }]), /field "tasks\.0\.hints": expected at least one hint, or no "hints" field, got \[\]/);
  assert.match(problems([{ task: 'Do it.', hints: 'Look closer.' }]), /field "tasks\.0\.hints": expected a list of hints, like \["A nudge\.", "A more concrete pointer\."\], got "Look closer\."/);
  assert.match(problems([{ task: 'Do it.', hints: ['x'.repeat(401)] }]), /field "tasks\.0\.hints\.0": expected a hint of at most 400 characters: a nudge, not the answer/);
});

test('a task object without its sentence, with a misspelt field, or of the wrong type names the field', () => {
  assert.match(problems([{ hints: ['A nudge.'] }]), /field "tasks\.0\.task": is missing; expected the task, a sentence of at least 3 characters/);
  assert.match(problems(['First.', 'Second.', { task: 'Do it.', hint: ['A nudge.'] }]), /field "tasks\.2\.hint": expected only "task", "hints" and "tests" in a task \(this field is none of them\), got \["A nudge\."\]/);
  assert.match(problems([5]), /field "tasks\.0": expected a task: a sentence, or \{ "task": "…", "hints": \["…"\] \}, got 5/);
});

test('a task names the tests that check it; a name no test of the lab has is an error naming the field', async () => {
  const { taskTestErrors, testNames } = await import('../../src/labs/task-tests.ts');
  const tests = ["test('counts the tokens of the prompt', () => {});\nit(\"prices a request\", () => {});"];
  assert.deepEqual(testNames(tests), ['counts the tokens of the prompt', 'prices a request']);
  const manifest = { tasks: [{ task: 'Count', hints: [], tests: ['counts the tokens'] }, { task: 'Price', hints: [], tests: ['prices a request', 'prices a month'] }] } as never;
  const errors = taskTestErrors(manifest, tests, 'labs/demo/lab.json');
  assert.deepEqual(errors.map((error) => error.message), ['labs/demo/lab.json: field "tasks.1.tests.1": no test of the lab is named "prices a month" or begins with it']);
});

test('in a Python lab a task names unittest methods: every def test… in the test files', async () => {
  const { pythonTestNames, taskTestErrors } = await import('../../src/labs/task-tests.ts');
  const tests = ['class T(unittest.TestCase):\n    def test_parse_error(self):\n        pass\n    async def test_fan_out(self):\n        pass\n    def helper(self):\n        pass\n'];
  assert.deepEqual(pythonTestNames(tests), ['test_parse_error', 'test_fan_out']);
  const manifest = { language: 'python', tasks: [{ task: 'Parse', hints: [], tests: ['test_parse', 'test_bridge'] }] } as never;
  assert.deepEqual(taskTestErrors(manifest, tests, 'labs/demo/lab.json').map((error) => error.message), ['labs/demo/lab.json: field "tasks.0.tests.1": no test of the lab is named "test_bridge" or begins with it']);
});
