import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLab, loadLabs } from '../../src/labs/load.ts';
import { labsFixture, validFiles, validManifest } from './support/lab-fixture.ts';
import { checkLabPlace, labPlaceLabel } from '../../src/labs/lab-place.ts';

const messages = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail('expected the labs to be rejected');
};

const withManifest = (changes: Record<string, unknown>) => ({
  ...validFiles('@labs/fixture'),
  'lab.json': JSON.stringify({ ...validManifest, ...changes }),
});

test('a valid lab loads with its starter files and solution overlay', () => {
  const [lab] = loadLabs(labsFixture({ fixture: validFiles('@labs/fixture') }));
  assert.equal(lab?.slug, 'fixture');
  assert.equal(lab?.dir, 'labs/fixture');
  assert.equal(lab?.manifest.title, 'Fixture lab');
  assert.equal(lab?.starter['src/main.ts'], 'export const answer = 0; // TODO');
  assert.equal(lab?.solution['src/main.ts'], 'export const answer = 42;');
  assert.equal('solution/src/main.ts' in (lab?.starter ?? {}), false);
});

test('the kit folder is not a lab', () => {
  const labs = loadLabs(labsFixture({ fixture: validFiles('@labs/fixture'), _kit: { 'package.json': '{}' } }));
  assert.deepEqual(labs.map((lab) => lab.slug), ['fixture']);
});

test('a missing manifest names the file', () => {
  const files = { ...validFiles('@labs/fixture'), 'lab.json': undefined };
  assert.match(messages(() => loadLabs(labsFixture({ fixture: files }))), /labs\/fixture\/lab\.json: missing/);
});

test('a manifest that is not JSON names the file', () => {
  const files = { ...validFiles('@labs/fixture'), 'lab.json': '{ "title": ' };
  assert.match(messages(() => loadLabs(labsFixture({ fixture: files }))), /labs\/fixture\/lab\.json: is not valid JSON/);
});

test('a bad field names the file, the field, what was expected and what was found', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ minutes: 'ten' }) })));
  assert.match(message, /labs\/fixture\/lab\.json: field "minutes": expected a whole number of minutes, got "ten"/);
});

test('a wrong stage and a missing title are both reported', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ stage: 4, title: undefined }) })));
  assert.match(message, /field "stage": expected the stage number: 1, 2 or 3; or, for a lab outside the stages, its section: "tool-stack", "beyond", "capstones", got 4/);
  assert.match(message, /field "title": is missing; expected string/);
});

test('a lab outside the stages names its section, and only a section that holds labs', () => {
  const [lab] = loadLabs(labsFixture({ fixture: withManifest({ stage: 'capstones' }) }));
  assert.equal(lab?.manifest.stage, 'capstones');
  assert.equal(labPlaceLabel('capstones'), 'Portfolio capstones');
  assert.equal(labPlaceLabel(2), 'Stage 2');
  assert.match(messages(() => loadLabs(labsFixture({ fixture: withManifest({ stage: 'contributing' }) }))), /field "stage": expected the stage number/);
});

test('a lab embedded in a chapter of another stage or section is refused, naming lab.json and its field', () => {
  assert.throws(
    () => checkLabPlace('labs/capstone-x', 3, 'src/content/docs/capstones/x.mdx'),
    /labs\/capstone-x\/lab\.json: field "stage": is 3, but its chapter src\/content\/docs\/capstones\/x\.mdx is in capstones\/: write "capstones"/,
  );
  assert.throws(() => checkLabPlace('labs/x', 'beyond', 'src/content/docs/stage-2-core/x.mdx'), /is "beyond", but .* write 2/);
  // Its own section; the contributing guide showing it as an example; the print route.
  for (const page of ['src/content/docs/stage-2-core/x.mdx', 'src/content/docs/contributing/writing-a-lab.mdx', '/print-book/']) assert.doesNotThrow(() => checkLabPlace('labs/x', 2, page));
});

test('an unknown field is reported', () => {
  assert.match(messages(() => loadLabs(labsFixture({ fixture: withManifest({ titel: 'x' }) }))), /unknown field\(s\) "titel"/);
});

test('a path that escapes the lab is refused', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ open: ['../other/x.ts'] }) })));
  assert.match(message, /field "open\.0": expected a relative path inside the lab/);
});

test('a solution file with no starter counterpart is reported', () => {
  const files = { ...validFiles('@labs/fixture'), 'solution/src/extra.ts': 'x' };
  assert.match(
    messages(() => loadLabs(labsFixture({ fixture: files }))),
    /labs\/fixture\/solution\/src\/extra\.ts: has no starter counterpart labs\/fixture\/src\/extra\.ts/,
  );
});

test('a missing entry file is reported against the entry field', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ entry: 'src/index.ts' }) })));
  assert.match(message, /labs\/fixture\/lab\.json: field "entry": file src\/index\.ts does not exist in the lab/);
});

test('a lab without tests or README is reported', () => {
  const files = { ...validFiles('@labs/fixture'), 'test/main.test.ts': undefined, 'README.md': undefined };
  const message = messages(() => loadLabs(labsFixture({ fixture: files })));
  assert.match(message, /labs\/fixture\/test\/: has no \*\.test\.ts file/);
  assert.match(message, /labs\/fixture\/README\.md: missing/);
});

test('a package.json without a test script is reported', () => {
  const files = { ...validFiles('@labs/fixture'), 'package.json': JSON.stringify({ name: 'x', scripts: { start: 'node src/main.ts' } }) };
  assert.match(messages(() => loadLabs(labsFixture({ fixture: files }))), /labs\/fixture\/package\.json: field "scripts\.test": expected a "test" script/);
});

test('a duplicate package name across labs is reported', () => {
  const message = messages(() => loadLabs(labsFixture({ one: validFiles('@labs/same'), two: validFiles('@labs/same') })));
  assert.match(message, /labs\/two\/lab\.json: duplicate package name @labs\/same: also used by labs\/one/);
});

test('a duplicate slug (folders differing only in case) is reported, and the folder name is refused', () => {
  const message = messages(() => loadLabs(labsFixture({ 'cost-curve': validFiles('@labs/one'), 'Cost-curve': validFiles('@labs/two') })));
  assert.match(message, /labs\/Cost-curve\/: folder name "Cost-curve" is not a lab slug/);
  assert.match(message, /labs\/(cost-curve|Cost-curve)\/lab\.json: duplicate slug cost-curve: also used by labs\/(Cost-curve|cost-curve)/);
});

test('a task that is too short says what a task must be, once', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ tasks: ['ab'] }) })));
  assert.match(message, /field "tasks\.0": expected a task of at least 3 characters, got "ab"/);
});

test('a run timeout out of range says the allowed range', () => {
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ timeoutMs: 500 }) })));
  assert.match(message, /field "timeoutMs": expected at least 1000 ms, got 500/);
});

test('problems in several labs are all reported at once', () => {
  const message = messages(() => loadLabs(labsFixture({ one: withManifest({ minutes: 0 }), two: { ...validFiles('@labs/two'), 'lab.json': undefined } })));
  assert.match(message, /2 problem\(s\)/);
});

test('a chapter that embeds an unknown lab names the chapter and the known labs', () => {
  const labs = loadLabs(labsFixture({ fixture: validFiles('@labs/fixture') }));
  assert.throws(
    () => findLab(labs, 'nope', 'src/content/docs/stage-1-foundation/x.mdx'),
    /src\/content\/docs\/stage-1-foundation\/x\.mdx: <Lab slug="nope"\/> names a lab that does not exist; known labs: fixture/,
  );
});

test('a lab is TypeScript unless its manifest says "python"; another language names the field and the choices', () => {
  assert.equal(loadLabs(labsFixture({ fixture: validFiles('@labs/fixture') }))[0]?.manifest.language, 'typescript');
  const message = messages(() => loadLabs(labsFixture({ fixture: withManifest({ language: 'ruby' }) })));
  assert.match(message, /labs\/fixture\/lab\.json: field "language": expected the lab's language: "typescript" or "python" \(leave it out for TypeScript\), got "ruby"/);
});

test('a Python lab needs a test_*.py file under test/, not a *.test.ts', () => {
  const python = { ...withManifest({ language: 'python', entry: 'src/main.py', open: ['src/main.py'] }), 'src/main.py': 'print(1)\n' };
  assert.match(messages(() => loadLabs(labsFixture({ fixture: python }))), /labs\/fixture\/test\/: has no test_\*\.py file/);
  const [lab] = loadLabs(labsFixture({ fixture: { ...python, 'test/test_main.py': 'import unittest\n' } }));
  assert.equal(lab?.manifest.language, 'python');
});
