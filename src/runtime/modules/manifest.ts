// The format of the module graph the build prepares for the in-page runner
// (src/labs/modules/), as the page reads it from /lab-data/modules.json.
//
// npm packages are bundled at build time into content-hashed files: each
// module of each package is in exactly one file, a file imports the files it
// needs (`imports`, fetched before a run, since require() is synchronous) and
// may load others on demand (`lazy`: a dynamic import()). A lab names the
// packages it imports by specifier; `entries` says which file each one is.
export interface ModuleFile {
  /** Where the built site serves it (content-hashed: cached for good). */
  url: string;
  /** Size in bytes, for the bench and the budgets. */
  bytes: number;
  /** Files this one requires as it loads. */
  imports: string[];
  /** Files this one may load later, with import(). */
  lazy: string[];
  /** The packages whose modules it holds (for errors and the bench). */
  packages: string[];
}

export interface AssetFile {
  url: string;
  bytes: number;
}

export interface ModuleManifest {
  version: 1;
  /** Built files by id (the id is the name a file's code requires it by, e.g. "./c-7HQ2.js"). */
  files: Record<string, ModuleFile>;
  /** For each lab, the file each bare specifier it may import resolves to. */
  entries: Record<string, Record<string, string>>;
  /** Data files of the packages (WebAssembly, archives), by the path the package reads them from. */
  assets: Record<string, AssetFile>;
}

export const moduleManifestUrl = '/lab-data/modules.json';

/** The files `roots` need before they run: themselves and every file they import, transitively. */
export function staticClosure(manifest: ModuleManifest, roots: Iterable<string>): string[] {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    const file = manifest.files[id];
    if (!file) throw new Error(`The module graph has no file "${id}".`);
    seen.add(id);
    file.imports.forEach(visit);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/** The package a data file belongs to, read from its path: /node_modules/@scope/name/… or /node_modules/name/…. */
export function assetPackage(path: string): string | undefined {
  return /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
}

/** The data files of the packages these built files hold: what a run that loads them may ask the page for. */
export function assetsOf(manifest: ModuleManifest, ids: Iterable<string>): string[] {
  const packages = new Set([...ids].flatMap((id) => manifest.files[id]?.packages ?? []));
  return Object.keys(manifest.assets).filter((path) => packages.has(assetPackage(path) ?? ''));
}
