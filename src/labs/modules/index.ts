// The module graph of the book's labs, built once per build and shared by the
// endpoints that serve its manifest, its files and its data files (src/pages/lab-data/).
import type { ModuleManifest } from '../../runtime/modules/manifest.ts';
import { bookLabs } from '../registry.ts';
import { proofProjects } from '../proof-projects.ts';
import { buildModuleGraph, contentHash, type BuiltGraph } from './build-graph.ts';
import { entryRequests } from './entries.ts';
import { graphAssets, readAsset, type GraphAsset } from './assets.ts';
import { pyodideAssets } from '../python/pyodide-files.ts';
import { freshClusterAssets } from './pglite-cluster.ts';

/** Where the built site serves a file of the graph. */
export const moduleFileUrl = (id: string): string => `/lab-data/m/${id}`;

export interface BookModules {
  graph: BuiltGraph;
  /** Data files by their served name (<content hash>.wasm, .json or .bin), with the path packages read them from. */
  assets: Map<string, GraphAsset & { path: string }>;
}

// WebAssembly and JSON keep their type, so that servers and hosts compress them (Pyodide's 9.6 MB of WebAssembly is 3.6 MB gzipped).
const servedExtension = (path: string): string => (/\.(wasm|json)$/.exec(path)?.[0] ?? '.bin');

let built: Promise<BookModules> | undefined;

export function bookModules(root = process.cwd()): Promise<BookModules> {
  // A Python lab imports no npm modules in the page: Pyodide runs it, and its data files are served beside the graph's.
  const [typescript, python] = [bookLabs().filter((lab) => lab.manifest.language !== 'python'), bookLabs().filter((lab) => lab.manifest.language === 'python')];
  built ??= buildModuleGraph(entryRequests([...typescript, ...proofProjects(root)]), root).then((graph) => {
    const assets = new Map<string, GraphAsset & { path: string }>();
    const files = { ...graphAssets(graph), ...freshClusterAssets(graph.packageDirs, root), ...(python.length > 0 ? pyodideAssets(root) : {}) };
    for (const [path, asset] of Object.entries(files)) assets.set(`${contentHash(readAsset(asset))}${servedExtension(path)}`, { ...asset, path });
    return { graph, assets };
  });
  return built;
}

export function manifestOf({ graph, assets }: BookModules): ModuleManifest {
  const files = Object.fromEntries(
    Object.entries(graph.files).map(([id, file]) => [id, { url: moduleFileUrl(id), bytes: Buffer.byteLength(file.code), imports: file.imports, lazy: file.lazy, packages: file.packages }]),
  );
  const assetEntries = Object.fromEntries([...assets].map(([name, asset]) => [asset.path, { url: `/lab-data/a/${name}`, bytes: asset.bytes }]));
  return { version: 1, files, entries: graph.entries, assets: assetEntries };
}
