import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebContainerUnavailable } from '../../src/runtime/runners/webcontainer/webcontainer-runner.ts';
import { labRequest, ManualProcess, runnerOnFake, settle, type Script } from './support/fake-webcontainer.ts';

const script: Script = {
  'npm install': { output: 'added 3 packages in 1s\r\n' },
  'node --version': { output: 'v22.18.0\n' },
  'npm start': { output: 'ran\n' },
  jsh: 'hang',
};
const size = { cols: 100, rows: 24 };
const edited = labRequest('start', 'console.log("my edit")');

test('opening a shell first mounts the learner’s current files with the kit and installs, then spawns jsh in the lab folder', async () => {
  const { fake, runner } = runnerOnFake(script);
  const written: string[] = [];
  await runner.openShell(edited, size, (text) => written.push(text));
  assert.deepEqual(fake.log, ['mount', 'spawn npm install --no-audit --no-fund --loglevel=http', 'spawn jsh']);
  const tree = fake.mounts[0] as Record<string, any>;
  assert.equal(tree.src.directory['main.ts'].file.contents, 'console.log("my edit")');
  assert.ok(tree.kit.directory['package.json'], 'the kit is mounted inside the lab');
  const shell = fake.spawns.at(-1);
  assert.deepEqual(shell?.terminal, size);
  assert.equal(shell?.cwd, undefined, 'the shell starts in the workdir the lab is mounted in');
  assert.match(written.join(''), /added 3 packages/, 'npm install’s output goes to the terminal');
});

test('after a run has installed, opening a shell mounts the current files again but does not reinstall', async () => {
  const { fake, runner } = runnerOnFake(script);
  await runner.run(labRequest('start'), { stdout: () => {}, stderr: () => {} });
  await runner.openShell(edited, size, () => {});
  assert.deepEqual(fake.log.slice(-2), ['mount', 'spawn jsh']);
  assert.equal(fake.log.filter((entry) => entry.startsWith('spawn npm install')).length, 1);
  const tree = fake.mounts.at(-1) as Record<string, any>;
  assert.equal(tree.src.directory['main.ts'].file.contents, 'console.log("my edit")');
});

test('a run and a shell opened together share one npm install, and the shell waits for it', async () => {
  const install = new ManualProcess();
  const { fake, runner } = runnerOnFake({ ...script, 'npm install': install });
  const running = runner.run(labRequest('start'), { stdout: () => {}, stderr: () => {} });
  const opening = runner.openShell(edited, size, () => {});
  await install.started;
  await settle(() => fake.log.length >= 2, 'the install spawned');
  assert.ok(!fake.log.includes('spawn jsh'), 'no shell while npm install runs');
  install.write('added 3 packages in 1s\n');
  install.exit(0);
  await Promise.all([running, opening]);
  assert.equal(fake.log.filter((entry) => entry.startsWith('spawn npm install')).length, 1);
  assert.ok(fake.log.indexOf('spawn jsh') > fake.log.indexOf('spawn npm install --no-audit --no-fund --loglevel=http'));
});

test('a failed npm install still opens the shell, and says so in the terminal', async () => {
  const { fake, runner } = runnerOnFake({ ...script, 'npm install': { output: 'npm error 404 Not Found - GET https://registry.npmjs.org/nope\n', exit: 1 } });
  const written: string[] = [];
  await runner.openShell(edited, size, (text) => written.push(text));
  assert.equal(fake.log.at(-1), 'spawn jsh');
  assert.match(written.join(''), /npm error 404/);
  assert.match(written.join(''), /npm install ended with 1; the shell opens anyway/);
});

test('without a WebContainer, opening a shell fails with the reason and spawns nothing', async () => {
  const { fake, runner } = runnerOnFake(script, { boot: () => Promise.reject(new Error('blocked')) });
  await assert.rejects(runner.openShell(edited, size, () => {}), (error: unknown) => error instanceof WebContainerUnavailable && error.reason === 'boot-failed');
  assert.deepEqual(fake.log, []);
});
