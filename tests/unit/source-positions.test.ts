// Errors in lab code name their place in the learner's TypeScript: the code
// runs as sucrase's output (types removed, imports rewritten), and the
// engine's columns are mapped back to the source the learner wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ModuleSystem } from '../../src/runtime/runners/in-page/worker/module-system.ts';
import type { Packages } from '../../src/runtime/runners/in-page/worker/packages.ts';
import { SourcePositions } from '../../src/runtime/runners/in-page/worker/source-positions.ts';
import { importNames, sourceColumn } from '../../src/runtime/runners/in-page/worker/source-columns.ts';
import { parseStack } from '../../src/runtime/runners/in-page/worker/stack-frames.ts';
import { errorText } from '../../src/runtime/runners/in-page/worker/error-text.ts';

const noPackages = { entry: () => undefined, available: [] } as unknown as Packages;

/** Runs src/main.ts of `files` as the in-page runner does; returns what it threw and the positions it recorded. */
async function thrownBy(files: Record<string, string>): Promise<{ error: unknown; positions: SourcePositions }> {
  const positions = new SourcePositions(files);
  const modules = new ModuleSystem({ files, packages: noPackages, builtins: {}, compiled: (path, code, header) => positions.record(path, code, header) });
  try {
    await modules.run('src/main.ts');
  } catch (error) {
    return { error, positions };
  }
  throw new Error('src/main.ts did not throw');
}

/** Line and column (from 1) of the first `marker` in `source`. */
function placeOf(source: string, marker: string): { line: number; column: number } {
  const lines = source.split('\n');
  const line = lines.findIndex((text) => text.includes(marker));
  return { line: line + 1, column: lines[line]!.indexOf(marker) + 1 };
}

test('a throw after type annotations is placed at its column (the new of the error) in the TypeScript, not in the compiled code', async () => {
  const main = [
    "import { scale } from './scale.ts';",
    'type Row = { label: string; value: number };',
    'const rows: Row[] = [{ label: "a", value: 1 }];',
    'export function check(input: Row[], limit: number): number { const total: number = scale(input.length); if (total > limit) throw new RangeError(`too many: ${total}`); return total; }',
    'check(rows, 0);',
  ].join('\n');
  const scale = 'export const scale = (n: number): number => n * 2;\n';
  const { error, positions } = await thrownBy({ 'src/main.ts': main, 'src/scale.ts': scale });
  const [inner, outer] = positions.locations(error);
  assert.deepEqual(inner, { file: 'src/main.ts', ...placeOf(main, 'new RangeError'), fn: 'check' });
  assert.deepEqual({ file: outer?.file, line: outer?.line, column: outer?.column }, { file: 'src/main.ts', ...placeOf(main, 'check(rows, 0)') });
  assert.equal(errorText(error, positions).split('\n')[1], `    at check (src/main.ts:4:${placeOf(main, 'new RangeError').column})`);
});

test('a call to an imported function is placed at the name called, though sucrase writes _module.name.call(void 0, …)', async () => {
  const main = "import { explode } from './boom.ts';\nconst size: number = 3; const label: string = `n=${size}`; explode(label);\n";
  const boom = 'export function explode(why: string): never {\n  throw new Error(why);\n}\n';
  const { error, positions } = await thrownBy({ 'src/main.ts': main, 'src/boom.ts': boom });
  const [inner, outer] = positions.locations(error);
  assert.deepEqual(inner, { file: 'src/boom.ts', line: 2, column: 9, fn: 'explode' });
  assert.deepEqual({ line: outer?.line, column: outer?.column }, placeOf(main, 'explode(label)'));
});

test('the column of a token maps across removed types, and an unchanged line keeps its column', () => {
  const source = 'const total: number = sum(values as number[]) + 1;';
  const generated = 'const total = sum(values ) + 1;';
  assert.equal(sourceColumn(source, generated, generated.indexOf('sum') + 1, new Set()), source.indexOf('sum') + 1);
  assert.equal(sourceColumn(source, generated, generated.indexOf('+ 1') + 1, new Set()), source.indexOf('+ 1') + 1);
  assert.equal(sourceColumn('a(b)', 'a(b)', 3, new Set()), 3);
  assert.deepEqual([...importNames("var _kit = require('@ai-roadmap/kit');\nvar _x = _interopRequireDefault(require('x'));")], ['_kit', '_x']);
});

test('stack frames are read in the V8 and the Firefox/Safari forms, with the engine’s names for top-level code left out', () => {
  const frames = parseStack('Error: x\n    at Object.count (/lab/src/a.ts:3:9)\n    at async eval (/lab/src/main.ts:1:1)\ncount@file:///lab/src/a.ts:4:2\n@/lab/src/main.ts:5:6');
  assert.deepEqual(frames, [
    { fn: 'count', url: '/lab/src/a.ts', line: 3, column: 9 },
    { url: '/lab/src/main.ts', line: 1, column: 1 },
    { fn: 'count', url: 'file:///lab/src/a.ts', line: 4, column: 2 },
    { url: '/lab/src/main.ts', line: 5, column: 6 },
  ]);
});

test('a failed assert.ok is shown as the call in the learner’s source', () => {
  const files = { 'test/a.test.ts': "test('x', () => {\n  const n: number = 0;\n  assert.ok(n > 1 && check('a, b)'), rest);\n});\n" };
  const positions = new SourcePositions(files);
  assert.equal(positions.callExpression('Error\n    at ok (/runner/assert.js:1:1)\n    at eval (/lab/test/a.test.ts:3:10)'), "assert.ok(n > 1 && check('a, b)'), rest)");
});
