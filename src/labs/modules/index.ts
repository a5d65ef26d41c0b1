// The module graph of the book's labs, built once per build and shared by the
// endpoints that serve its manifest and its files (src/pages/lab-data/).
import type { ModuleManifest } from '../../runtime/modules/manifest.ts';
import { bookLabs } from '../registry.ts';
import { buildModuleGraph, type BuiltGraph } from './build-graph.ts';
import { entryRequests } from './entries.ts';

/** Where the built site serves a file of the graph. */
export const moduleFileUrl = (id: string): string => `/lab-data/m/${id}`;

let graph: Promise<BuiltGraph> | undefined;

export function bookModuleGraph(root = process.cwd()): Promise<BuiltGraph> {
  graph ??= buildModuleGraph(entryRequests(bookLabs()), root);
  return graph;
}

export function manifestOf(built: BuiltGraph): ModuleManifest {
  const files = Object.fromEntries(
    Object.entries(built.files).map(([id, file]) => [id, { url: moduleFileUrl(id), bytes: Buffer.byteLength(file.code), imports: file.imports, lazy: file.lazy, packages: file.packages }]),
  );
  return { version: 1, files, entries: built.entries, assets: {} };
}
