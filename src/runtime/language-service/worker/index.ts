// The editor's TypeScript language service, in a worker of its own (TypeScript is bundled in:
// built by src/labs/types/book-types.ts into /lab-data/t/). One program per page, updated file by file.
import { expose } from 'comlink';
import type { VirtualTypeScriptEnvironment } from '@typescript/vfs';
import type { LanguageServiceApi, LanguageServiceStart } from '../protocol.ts';
import { createEnvironment } from './environment.ts';
import { completions, diagnostics, typeAt } from './answers.ts';

let env: VirtualTypeScriptEnvironment | undefined;

const isRoot = (path: string): boolean => /\/(src|test)\/.*\.ts$/.test(path);

function readDeclarations(parts: ArrayBuffer[]): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map(parts.flatMap((part) => Object.entries(JSON.parse(decoder.decode(part)) as Record<string, string>)));
}

const api = {
  start({ declarations, compilerOptions, files, open }: LanguageServiceStart) {
    const all = readDeclarations(declarations);
    for (const [path, text] of Object.entries(files)) all.set(path, text);
    env = createEnvironment(all, Object.keys(files).filter(isRoot), compilerOptions);
    // Checking the open file now builds the checker, so that the next answers come at once.
    return { diagnostics: diagnostics(env, open) };
  },
  setFile(path: string, text: string) {
    if (!env) return;
    if (env.getSourceFile(path)) env.updateFile(path, text);
    else env.createFile(path, text);
  },
  diagnostics: (path: string) => (env ? diagnostics(env, path) : []),
  typeAt: (path: string, position: number) => (env ? typeAt(env, path, position) : null),
  completions: async (path: string, position: number, explicit: boolean) => (env ? completions(env, path, position, explicit) : null),
} satisfies LanguageServiceApi;

expose(api);
