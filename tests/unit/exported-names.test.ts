import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportedNames } from '../../src/labs/exported-names.ts';

test('a lab file’s exported names, each once and in order, without the names it keeps to itself', () => {
  const source = [
    'export function chatCompletionEvents(deltas: string[]): string {',
    'function helper() {}',
    'export const delay = 1;',
    'export async function* stream() {}',
    'export interface Usage { input: number }',
    'export type Event = string;',
    'export default class Provider {}',
    '  export const indented = 2;',
    'export { helper };',
  ].join('\n');
  assert.deepEqual(exportedNames(source), ['chatCompletionEvents', 'delay', 'stream', 'Usage', 'Event', 'Provider']);
  assert.deepEqual(exportedNames(source, 2), ['chatCompletionEvents', 'delay']);
  assert.deepEqual(exportedNames('const x = 1;\n'), []);
});
