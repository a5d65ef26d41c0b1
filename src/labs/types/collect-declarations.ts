import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { withoutComments } from './strip-comments.ts';

/** Declaration files by the path the editor's language service finds them at ("/lib.es5.d.ts", "/node_modules/ai/dist/index.d.ts"). */
export type DeclarationFiles = Record<string, string>;

/**
 * Declaration files lose their comments (see strip-comments.ts): half their size, and their JSDoc
 * is a third of the language service's parsing. Source files (the kit's) keep theirs, for hovers.
 */
const isDeclaration = (path: string): boolean => /\.d\.[cm]?ts$/.test(path);

/** The package.json fields module resolution and module-format detection read. */
const resolutionFields = ['name', 'version', 'type', 'main', 'types', 'typings', 'exports', 'imports', 'typesVersions'];

/**
 * Collects, for a set of root files, exactly what a TypeScript program over them loads besides
 * the roots: the lib files its options name, the types it lists, and every declaration or source
 * file its imports reach, with the package.json files that resolve them. Paths are as the
 * language service sees them: TypeScript's lib files at "/", the rest at "/" + their path from
 * the repository, under node_modules (symbolic links, such as the kit's, are not followed).
 * One collector parses each file once, however many labs share it.
 */
export function declarationCollector(options: ts.CompilerOptions, repoRoot = process.cwd()): (roots: string[]) => DeclarationFiles {
  const host = ts.createCompilerHost({ ...options, preserveSymlinks: true });
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, shouldCreate) => {
    if (!parsed.has(fileName)) parsed.set(fileName, parse(fileName, version, onError, shouldCreate));
    return parsed.get(fileName);
  };
  const libDir = dirname(ts.getDefaultLibFilePath(options));
  const isLib = (file: string): boolean => dirname(file) === libDir;
  const virtualPath = (file: string): string => (isLib(file) ? `/${basename(file)}` : `/${relative(repoRoot, file).split(sep).join('/')}`);
  const texts = new Map<string, string>();
  const textOf = (file: ts.SourceFile, path: string): string => {
    if (!texts.has(path)) texts.set(path, isDeclaration(path) ? withoutComments(file) : file.text);
    return texts.get(path)!;
  };
  let previous: ts.Program | undefined;

  return (roots) => {
    const program = ts.createProgram({ rootNames: roots, options: { ...options, preserveSymlinks: true, noEmit: true }, host, ...(previous ? { oldProgram: previous } : {}) });
    previous = program;
    const rootPaths = new Set(roots.map((root) => resolve(root)));
    const files: DeclarationFiles = {};
    for (const file of program.getSourceFiles()) {
      if (rootPaths.has(resolve(file.fileName))) continue;
      const path = virtualPath(file.fileName);
      files[path] = textOf(file, path);
      if (isLib(file.fileName)) continue;
      for (const manifest of packageManifests(file.fileName)) files[virtualPath(manifest)] ??= trimmedManifest(manifest);
    }
    return files;
  };
}

/** The package.json files that decide how a file under node_modules resolves and loads: its package's and the nearest one above it. */
function packageManifests(file: string): string[] {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return [];
  const rest = file.slice(at + '/node_modules/'.length).split(sep);
  const packageRoot = join(file.slice(0, at), 'node_modules', ...rest.slice(0, rest[0]?.startsWith('@') ? 2 : 1));
  const manifests = [join(packageRoot, 'package.json')];
  for (let folder = dirname(file); folder.length > packageRoot.length; folder = dirname(folder)) {
    const nearest = join(folder, 'package.json');
    if (existsSync(nearest)) {
      manifests.push(nearest);
      break;
    }
  }
  return manifests.filter((manifest) => existsSync(manifest));
}

function trimmedManifest(file: string): string {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(resolutionFields.filter((field) => field in manifest).map((field) => [field, manifest[field]])));
}
