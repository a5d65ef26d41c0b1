import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectShell, describeShellFailure, type TerminalSurface } from '../../src/runtime/workbench/terminal-panel.ts';
import { labRequest, ManualProcess, runnerOnFake, settle } from './support/fake-webcontainer.ts';

/** A terminal that records what is written to it and lets the test type and resize. */
function fakeTerminal() {
  const written: string[] = [];
  let type: (data: string) => void = () => {};
  let resize: (size: { cols: number; rows: number }) => void = () => {};
  const terminal: TerminalSurface = {
    cols: 90,
    rows: 20,
    write: (data) => void written.push(data),
    onData: (listener) => (type = listener),
    onResize: (listener) => (resize = listener),
  };
  return { terminal, written, type: (data: string) => type(data), resize: (size: { cols: number; rows: number }) => resize(size) };
}

test('the terminal shows npm install, then the shell; keystrokes reach the shell, and resizing resizes its terminal', async () => {
  const shell = new ManualProcess();
  const { fake, runner } = runnerOnFake({ 'npm install': { output: 'added 3 packages in 1s\r\n' }, jsh: shell });
  const term = fakeTerminal();
  await connectShell(term.terminal, runner, labRequest('start'));
  assert.deepEqual(fake.spawns.at(-1)?.terminal, { cols: 90, rows: 20 });
  shell.write('~/lab$ ');
  await settle(() => term.written.join('').includes('~/lab$ '), 'the prompt shown');
  assert.ok(term.written.join('').indexOf('added 3 packages') < term.written.join('').indexOf('~/lab$ '));
  term.type('ls\r');
  await settle(() => fake.input.length > 0, 'input reached the shell');
  assert.deepEqual(fake.input, ['ls\r']);
  term.resize({ cols: 120, rows: 30 });
  assert.deepEqual(fake.resizes, [{ command: 'jsh', cols: 120, rows: 30 }]);
});

test('when the shell cannot open, connecting fails with the reason for the panel to show', async () => {
  const { runner } = runnerOnFake({}, { boot: () => Promise.reject(new Error('Unable to create more instances')) });
  const error = await connectShell(fakeTerminal().terminal, runner, labRequest('start')).catch((caught: unknown) => caught);
  assert.equal(describeShellFailure(error), 'The terminal could not open: the full Node runtime failed to start (Unable to create more instances).');
  assert.equal(describeShellFailure(new Error('Could not load the kit (404 from /lab-data/kit.json).')), 'The terminal could not open: Could not load the kit (404 from /lab-data/kit.json).');
});
