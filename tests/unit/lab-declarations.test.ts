import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ts from 'typescript';
import { declarationCollector } from '../../src/labs/types/collect-declarations.ts';
import { labCompilerOptions, labCompilerOptionsJson } from '../../src/labs/types/compiler-options.ts';
import { splitShared } from '../../src/labs/types/split-shared.ts';
import { withoutComments } from '../../src/labs/types/strip-comments.ts';
import { labRoots } from '../../src/labs/types/book-types.ts';
import { loadLab } from '../../src/labs/load.ts';

const repoRoot = process.cwd();
const collect = declarationCollector(labCompilerOptions(repoRoot), repoRoot);
const costCurve = loadLab(join(repoRoot, 'labs'), 'cost-curve', repoRoot);
const files = collect(labRoots(costCurve, repoRoot));
const paths = Object.keys(files);

test("a lab's declarations hold the kit, ai, zod and the lib files of the check's target, not the lab's own files", () => {
  assert.ok(files['/node_modules/@ai-roadmap/kit/src/tokens.ts']?.includes('export function countTokens'), 'the kit, by its path under node_modules');
  assert.ok(files['/node_modules/@ai-roadmap/kit/package.json'], "the kit's package.json, which resolves its subpaths");
  assert.ok(paths.some((path) => /^\/node_modules\/ai\/dist\/index\.d\.ts$/.test(path)), "ai's declarations");
  assert.ok(paths.some((path) => path.startsWith('/node_modules/zod/')), "zod's declarations");
  assert.ok(files['/lib.es2023.d.ts'] && files['/lib.es5.d.ts'], 'the lib files of target es2023');
  assert.ok(!paths.some((path) => path.startsWith('/labs/cost-curve/')), "the lab's own files come from the learner's edits");
});

test("a lab's declarations hold nothing the lab does not reach: no other lab's packages, no newer lib than its target", () => {
  for (const unrelated of ['@langchain/', '@modelcontextprotocol/', '@electric-sql/', 'typescript/', '@codemirror/', 'astro/']) {
    assert.ok(!paths.some((path) => path.startsWith(`/node_modules/${unrelated}`)), `nothing of ${unrelated}`);
  }
  assert.ok(!('/lib.esnext.d.ts' in files), 'no esnext lib');
});

test('declaration files lose their comments but keep their triple-slash directives; the kit keeps its documentation', () => {
  assert.ok(!files['/lib.es5.d.ts']!.includes('/**'), 'lib.es5.d.ts without its JSDoc');
  assert.ok(!files['/node_modules/ai/dist/index.d.ts']!.includes('/**'), "ai's declarations without their JSDoc");
  assert.match(files['/lib.es2023.d.ts']!, /\/\/\/ <reference lib="es2022" \/>/);
  assert.ok(files['/node_modules/@ai-roadmap/kit/src/tokens.ts']!.includes('/**'), "the kit's documentation is kept for its hovers");
  const source = ts.createSourceFile('a.d.ts', '/// <reference types="node" />\n/** Doc. */\ndeclare const a: number; // note\n', ts.ScriptTarget.ES2023);
  assert.equal(withoutComments(source), '/// <reference types="node" />\ndeclare const a: number;\n');
});

test("the language service gets the check's compiler options, as written in the kit's tsconfig", () => {
  const json = labCompilerOptionsJson(repoRoot);
  assert.equal(json.target, 'es2023');
  assert.equal(json.strict, true);
  assert.deepEqual(json.types, ['node']);
});

test('a declaration file most labs need is shared; the rest stays with its lab', () => {
  const { shared, own } = splitShared({
    a: { '/lib.d.ts': 'lib', '/node_modules/ai/index.d.ts': 'ai' },
    b: { '/lib.d.ts': 'lib', '/node_modules/ai/index.d.ts': 'ai' },
    c: { '/lib.d.ts': 'lib', '/node_modules/mcp/index.d.ts': 'mcp' },
  });
  assert.deepEqual(shared, { '/lib.d.ts': 'lib', '/node_modules/ai/index.d.ts': 'ai' });
  assert.deepEqual(own, { a: {}, b: {}, c: { '/node_modules/mcp/index.d.ts': 'mcp' } });
});
