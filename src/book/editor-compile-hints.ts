// V8 compiles a function the first time it is called, on the main thread. The learner's first
// keystroke in a lab's editor is the first call of some 80 functions of CodeMirror and the
// workbench (the edit, the view update, the save), and compiling them made that one key take
// 2 to 16 ms longer than the next (V8.CompileCode in a trace of the first Enter). The magic
// comment `//# allFunctionsCalledOnLoad` at the top of a script asks V8 to compile all its
// functions eagerly, on the background thread that streams the script (seen in a trace in
// Chromium 156: no V8.CompileCode on the first keystroke); other browsers ignore the comment.
// It goes only on the chunks the workbench loads, which run on every keystroke, never on a chunk
// every page loads: there, eager compiling would cost memory and compile time for functions most
// readers never call.
// The proposal: https://github.com/w3ctag/design-reviews/issues/947 (read December 2026).

export const compileHint = '//# allFunctionsCalledOnLoad';

/** Where the editor's per-keystroke code comes from: CodeMirror and the workbench's own modules. */
const editorModule = /[\\/]node_modules[\\/]@(codemirror|lezer)[\\/]|[\\/]src[\\/]runtime[\\/](workbench|language-service)[\\/]/;

export interface ChunkFacts {
  type: 'chunk';
  isEntry: boolean;
  imports: readonly string[];
  moduleIds: readonly string[];
  code: string;
}

/** The chunks a page loads before any interaction: its entry scripts and what they import statically. */
function loadedWithPages(bundle: Record<string, ChunkFacts | { type: 'asset' }>): Set<string> {
  const chunks = new Map(Object.entries(bundle).filter((entry): entry is [string, ChunkFacts] => entry[1].type === 'chunk'));
  const reached = new Set<string>();
  const visit = (name: string): void => {
    if (reached.has(name)) return;
    reached.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
  return reached;
}

/** The chunks to hint: loaded only once the workbench is (by a dynamic import), and holding editor code. */
export function editorChunks(bundle: Record<string, ChunkFacts | { type: 'asset' }>): string[] {
  const eager = loadedWithPages(bundle);
  return Object.entries(bundle)
    .filter((entry): entry is [string, ChunkFacts] => entry[1].type === 'chunk' && !eager.has(entry[0]) && entry[1].moduleIds.some((id) => editorModule.test(id)))
    .map(([name]) => name);
}

/**
 * A Vite plugin that puts the compile hint first in each editor chunk. It runs after minifying,
 * which would drop the comment, and after Vite's own last changes; the file keeps the name hashed from its content without the hint,
 * which still names that content alone.
 */
export function editorCompileHints() {
  return {
    name: 'ai-roadmap:editor-compile-hints',
    apply: 'build' as const,
    enforce: 'post' as const,
    // Last, after Vite has put its list of preloaded files at the top of a chunk.
    generateBundle: {
      order: 'post' as const,
      handler(_options: unknown, bundle: Record<string, ChunkFacts | { type: 'asset' }>) {
        for (const name of editorChunks(bundle)) {
          const chunk = bundle[name] as ChunkFacts;
          chunk.code = `${compileHint}\n${chunk.code}`;
        }
      },
    },
  };
}
