// What the editor's language service loads for each lab, built once per build: the worker
// (TypeScript bundled in) and the declaration files, in content-hashed files under /lab-data/t/.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { bookLabs } from '../registry.ts';
import type { LabSource } from '../load.ts';
import { workerScript } from '../worker-script.ts';
import type { LabTypes } from '../../runtime/session/lab-data.ts';
import { declarationCollector, type DeclarationFiles } from './collect-declarations.ts';
import { labCompilerOptions, labCompilerOptionsJson } from './compiler-options.ts';
import { splitShared } from './split-shared.ts';

export const typesFolder = '/lab-data/t/';

export interface BookTypes {
  /** File contents by name (served at typesFolder + name). */
  files: Record<string, string>;
  labs: Record<string, LabTypes>;
}

const hashed = (stem: string, extension: string, text: string): string => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.${extension}`;

/** The lab's TypeScript files, starter and solution, as files on disk: the roots of its program. */
export function labRoots(lab: LabSource, repoRoot = process.cwd()): string[] {
  const typeScript = (path: string): boolean => /^(src|test)\/.*\.ts$/.test(path);
  return [
    ...Object.keys(lab.starter).filter(typeScript).map((path) => join(repoRoot, lab.dir, path)),
    ...Object.keys(lab.solution).filter(typeScript).map((path) => join(repoRoot, lab.dir, 'solution', path)),
  ];
}

async function buildBookTypes(repoRoot = process.cwd()): Promise<BookTypes> {
  const labs = bookLabs().filter((lab) => (lab.manifest.language ?? 'typescript') === 'typescript');
  const collect = declarationCollector(labCompilerOptions(repoRoot), repoRoot);
  const byLab: Record<string, DeclarationFiles> = Object.fromEntries(labs.map((lab) => [lab.slug, collect(labRoots(lab, repoRoot))]));
  const { shared, own } = splitShared(byLab);
  const files: Record<string, string> = {};
  const add = (stem: string, extension: string, text: string): string => {
    const name = hashed(stem, extension, text);
    files[name] = text;
    return `${typesFolder}${name}`;
  };
  // @typescript/vfs requires Node's path and fs only in its functions that read a real disk, which the worker never calls.
  const worker = add('ts-worker', 'js', await workerScript(join(repoRoot, 'src/runtime/language-service/worker/index.ts'), { external: ['path', 'fs'] }));
  const sharedUrl = add('types', 'json', JSON.stringify(shared));
  const compilerOptions = labCompilerOptionsJson(repoRoot);
  const typesOfLab = (slug: string): LabTypes => {
    const extra = own[slug] ?? {};
    const declarations = Object.keys(extra).length > 0 ? [sharedUrl, add('types', 'json', JSON.stringify(extra))] : [sharedUrl];
    return { worker, declarations, compilerOptions };
  };
  return { files, labs: Object.fromEntries(labs.map((lab) => [lab.slug, typesOfLab(lab.slug)])) };
}

let cached: Promise<BookTypes> | undefined;

/** The book's language-service files, built on first use and kept for the rest of the build. */
export function bookTypes(): Promise<BookTypes> {
  cached ??= buildBookTypes();
  return cached;
}
