import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { standaloneProject } from '../../src/runtime/export/standalone.ts';
import { zipProject } from '../../src/runtime/export/zip.ts';
import { openInStackBlitz, stackblitzProject, type StackBlitzSdk } from '../../src/runtime/export/stackblitz.ts';

const lab = { 'package.json': '{"name":"@ai-roadmap-labs/demo","dependencies":{"@ai-roadmap/kit":"0.1.0","zod":"^4"}}', 'README.md': '# Demo\n', 'src/main.ts': 'x' };
const kit = { 'package.json': '{"name":"@ai-roadmap/kit"}', 'src/index.ts': 'export {}' };

test('the standalone project carries the kit and depends on it by path', () => {
  const project = standaloneProject('demo', lab, kit);
  const pkg = JSON.parse(project['package.json'] ?? '{}');
  assert.deepEqual(pkg.dependencies, { '@ai-roadmap/kit': 'file:./kit', zod: '^4' });
  assert.equal(pkg.engines.node, '^22.18 || >=23.6');
  assert.equal(project['kit/src/index.ts'], 'export {}');
  assert.match(project['README.md'] ?? '', /^# Demo\n\n## Running this project on your machine/);
  assert.match(project['README.md'] ?? '', /LAB_PROVIDER=anthropic/);
  assert.equal(project['.gitignore'], 'node_modules/\n');
});

test('the zip holds every file under a folder named after the lab', () => {
  const project = standaloneProject('demo', lab, kit);
  const unzipped = unzipSync(zipProject('demo', project));
  assert.deepEqual(Object.keys(unzipped).sort(), Object.keys(project).map((path) => `demo/${path}`).sort());
  assert.equal(strFromU8(unzipped['demo/src/main.ts'] ?? new Uint8Array()), 'x');
});

test('the StackBlitz payload is a node project with the current files', () => {
  const project = standaloneProject('demo', { ...lab, 'src/main.ts': 'edited' }, kit);
  const payload = stackblitzProject('Demo', project);
  assert.equal(payload.template, 'node');
  assert.equal(payload.files['src/main.ts'], 'edited');
  assert.equal(payload.files['kit/src/index.ts'], 'export {}');
  assert.match(payload.title, /^Demo/);
});

test('Open in StackBlitz hands openProject the whole project, in a new tab, showing the entry file', async () => {
  const project = standaloneProject('demo', { ...lab, 'src/main.ts': 'edited' }, kit);
  const calls: Array<Parameters<StackBlitzSdk['openProject']>> = [];
  await openInStackBlitz('Demo', project, 'src/main.ts', async () => ({ openProject: (...args) => void calls.push(args) }));
  assert.equal(calls.length, 1);
  const [payload, options] = calls[0] ?? [];
  assert.equal(payload?.template, 'node');
  assert.deepEqual(payload?.files, project);
  assert.equal(payload?.files['src/main.ts'], 'edited');
  assert.match(payload?.title ?? '', /^Demo — /);
  assert.deepEqual(options, { newWindow: true, openFile: 'src/main.ts' });
});

test('Open in StackBlitz refuses a file to show that the project lacks, naming it', async () => {
  let opened = false;
  const sdk = async () => ({ openProject: () => void (opened = true) });
  await assert.rejects(openInStackBlitz('Demo', { 'package.json': '{}' }, 'src/main.ts', sdk), /"src\/main\.ts", is not in the project/);
  assert.equal(opened, false);
});
