// What a lab folder may hold: text files the browser and every export can carry,
// with names every system can unpack, and nothing that leads out of the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadLabs } from '../../src/labs/load.ts';
import { LabErrors } from '../../src/labs/errors.ts';
import { maxLabFileBytes } from '../../src/labs/lab-files.ts';
import { unportableName } from '../../src/labs/file-names.ts';
import { labsFixture, validFiles, validManifest } from './support/lab-fixture.ts';

/** A valid lab, plus whatever `extra` writes into its folder; returns the problems loadLabs reports. */
function problems(extra: (labDir: string) => void, files: Record<string, string | undefined> = validFiles('@labs/fixture')): string[] {
  const labsRoot = labsFixture({ fixture: files });
  extra(join(labsRoot, 'fixture'));
  try {
    loadLabs(labsRoot);
  } catch (error) {
    assert.ok(error instanceof LabErrors, `expected LabErrors, got ${String(error)}`);
    return error.problems.map((problem) => problem.message);
  }
  return [];
}

test('names Windows cannot unpack are refused, with the reason', () => {
  for (const name of ['a<b>.ts', 'say "hi".ts', 'a:b.ts', 'why?.ts', 'star*.ts', 'pipe|.ts', 'back\\slash.ts', 'bell\u0007.ts']) {
    assert.match(unportableName(name) ?? '', /Windows does not allow/, name);
  }
  assert.match(unportableName('notes.') ?? '', /ends with a dot or a space/);
  assert.match(unportableName('notes ') ?? '', /ends with a dot or a space/);
  for (const name of ['CON', 'con.ts', 'Aux.json', 'nul', 'COM1.txt', 'lpt9']) assert.match(unportableName(name) ?? '', /reserved by Windows/, name);
  for (const name of ['main.ts', 'console.ts', 'component.tsx', '.gitignore', 'a-b_c.d.ts', 'über.md']) assert.equal(unportableName(name), undefined, name);
});

test('a lab file with such a name fails the build, naming the file', () => {
  const found = problems((dir) => writeFileSync(join(dir, 'src', 'a<b>.ts'), 'x'));
  assert.deepEqual(found, ['labs/fixture/src/a<b>.ts: file name: contains "<", which Windows does not allow in a file name; rename it']);
  const folder = problems((dir) => {
    mkdirSync(join(dir, 'src', 'aux'));
    writeFileSync(join(dir, 'src', 'aux', 'x.ts'), 'x');
  });
  assert.match(folder.join('\n'), /labs\/fixture\/src\/aux: file name: "aux" is a device name reserved by Windows/);
});

test('a file over the size limit fails with its size and the limit', () => {
  const found = problems((dir) => writeFileSync(join(dir, 'data.txt'), 'a'.repeat(maxLabFileBytes + 1)));
  assert.deepEqual(found, ['labs/fixture/data.txt: is 1 MB; a lab file may be at most 1 MB (every file is sent to the browser and into every export)']);
  assert.deepEqual(problems((dir) => writeFileSync(join(dir, 'data.txt'), 'a'.repeat(maxLabFileBytes))), []);
});

test('a binary file, or text that is not UTF-8, fails instead of being garbled', () => {
  assert.match(problems((dir) => writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))[0] ?? '', /labs\/fixture\/logo\.png: is a binary file/);
  assert.match(problems((dir) => writeFileSync(join(dir, 'notes.txt'), Buffer.from('caf\xe9', 'latin1')))[0] ?? '', /labs\/fixture\/notes\.txt: is not valid UTF-8 text/);
});

test('a symbolic link out of the lab folder fails instead of being skipped; one inside is read', () => {
  const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.txt');
  writeFileSync(outside, 'not for the zip');
  const found = problems((dir) => symlinkSync(outside, join(dir, 'secret.txt')));
  assert.equal(found.length, 1);
  assert.match(found[0] ?? '', /^labs\/fixture\/secret\.txt: is a symbolic link to .*secret\.txt, outside the lab folder/);

  const labsRoot = labsFixture({ fixture: validFiles('@labs/fixture') });
  symlinkSync('main.ts', join(labsRoot, 'fixture', 'src', 'alias.ts'));
  const [lab] = loadLabs(labsRoot);
  assert.equal(lab?.starter['src/alias.ts'], 'export const answer = 0; // TODO');
});

test('every problem of a lab is reported in one run: manifest, package.json and files together', () => {
  const files = {
    ...validFiles('@labs/fixture'),
    'lab.json': JSON.stringify({ ...validManifest, title: undefined, minutes: 'ten', entry: 'src/missing.ts' }),
    'package.json': JSON.stringify({ scripts: {} }),
  };
  const found = problems((dir) => writeFileSync(join(dir, 'src', 'x?.ts'), 'x'), files);
  assert.deepEqual(found.sort(), [
    'labs/fixture/lab.json: field "entry": file src/missing.ts does not exist in the lab',
    'labs/fixture/lab.json: field "minutes": expected a whole number of minutes, got "ten"',
    'labs/fixture/lab.json: field "title": is missing; expected string',
    'labs/fixture/package.json: field "name": expected the package name',
    'labs/fixture/package.json: field "scripts.start": expected a "start" script, got nothing',
    'labs/fixture/package.json: field "scripts.test": expected a "test" script, got nothing',
    'labs/fixture/src/x?.ts: file name: contains "?", which Windows does not allow in a file name; rename it',
  ]);
});

test('the error the build sees lists every problem and carries no stack (Astro would print only the first of an `errors` list)', () => {
  const labsRoot = labsFixture({ one: { ...validFiles('@labs/one'), 'README.md': undefined }, two: { ...validFiles('@labs/two'), 'lab.json': '{' } });
  const error = (() => {
    try {
      loadLabs(labsRoot);
    } catch (caught) {
      return caught as LabErrors;
    }
    assert.fail('expected the labs to be rejected');
  })();
  assert.equal(error.stack, '');
  assert.equal('errors' in error, false);
  assert.match(error.message, /^2 problem\(s\) with the labs:\n {2}✖ labs\/one\/README\.md: missing.*\n {2}✖ labs\/two\/lab\.json: is not valid JSON/);
});

for (const script of ['check-labs', 'check-lab-types']) {
  test(`${script} prints each problem on one line, with no stack, and exits 1`, () => {
    const labsRoot = labsFixture({ fixture: { ...validFiles('@labs/fixture'), 'lab.json': JSON.stringify({ ...validManifest, stage: 9, tasks: [] }) } });
    const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts', `${script}.ts`)], { cwd: join(labsRoot, '..'), encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(
      result.stderr.trim(),
      [
        '✖ 2 problem(s) with the labs:',
        '  ✖ labs/fixture/lab.json: field "stage": expected the stage number: 1, 2 or 3; or, for a lab outside the stages, its section: "tool-stack", "beyond", "capstones", got 9',
        '  ✖ labs/fixture/lab.json: field "tasks": expected at least one task, got []',
      ].join('\n'),
    );
  });
}
