import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileHint, editorChunks, editorCompileHints, type ChunkFacts } from '../../src/book/editor-compile-hints.ts';

const chunk = (facts: Partial<ChunkFacts>): ChunkFacts => ({ type: 'chunk', isEntry: false, imports: [], moduleIds: [], code: 'export const x = 1;', ...facts });
const codemirror = '/repo/node_modules/@codemirror/view/dist/index.js';
const workbench = '/repo/src/runtime/workbench/workbench.ts';

test('only the chunks the workbench loads later, with editor code in them, get the hint', () => {
  const bundle = {
    'page.js': chunk({ isEntry: true, imports: ['shared.js'], moduleIds: ['/repo/src/components/page.ts'] }),
    // Imported statically by a page: loaded before any interaction, though it holds a workbench module.
    'shared.js': chunk({ moduleIds: ['/repo/src/runtime/workbench/dom.ts'] }),
    'editor.js': chunk({ imports: ['codemirror.js'], moduleIds: ['/repo/src/runtime/workbench/editor.ts'] }),
    'codemirror.js': chunk({ moduleIds: [codemirror] }),
    'zip.js': chunk({ moduleIds: ['/repo/node_modules/fflate/esm/browser.js'] }),
    'style.css': { type: 'asset' as const },
  };
  assert.deepEqual(editorChunks(bundle).sort(), ['codemirror.js', 'editor.js']);
});

test('the hint is the first line of the chunk, after Vite has written its own preamble', () => {
  const bundle = { 'workbench.js': chunk({ moduleIds: [workbench], code: 'const __vite__mapDeps=()=>[];\nexport{}' }) };
  const plugin = editorCompileHints();
  assert.equal(plugin.generateBundle.order, 'post');
  plugin.generateBundle.handler(undefined, bundle);
  assert.equal(bundle['workbench.js'].code.split('\n')[0], compileHint);
  assert.equal(compileHint, '//# allFunctionsCalledOnLoad');
});
