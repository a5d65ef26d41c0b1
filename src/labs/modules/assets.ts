// The data files of the graph's packages: WebAssembly, data images, extension
// archives. A package finds them next to its code (new URL('./x.wasm',
// import.meta.url)); in the page its fetch of that file:///node_modules/…
// address is answered with the file, which the page fetches from the site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { BuiltGraph } from './build-graph.ts';

const assetFile = /\.(wasm|data|tar\.gz|tgz|bin)$/;
const maxDepth = 4;

export interface GraphAsset {
  /** The file on disk. */
  file: string;
  bytes: number;
}

function assetsUnder(dir: string, depth = 0): string[] {
  if (depth > maxDepth) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return assetsUnder(path, depth + 1);
    return entry.isFile() && assetFile.test(entry.name) ? [path] : [];
  });
}

/**
 * The data files of each package that its bundled code names (a package may
 * ship many, as PGlite ships every Postgres extension; only those its code
 * refers to are served), by the path the code sees: /node_modules/<name>/<path>.
 */
export function graphAssets(graph: BuiltGraph): Record<string, GraphAsset> {
  const codeOf = new Map<string, string>();
  for (const file of Object.values(graph.files)) for (const name of file.packages) codeOf.set(name, `${codeOf.get(name) ?? ''}\n${file.code}`);
  const assets: Record<string, GraphAsset> = {};
  for (const [name, dir] of Object.entries(graph.packageDirs)) {
    const code = codeOf.get(name) ?? '';
    for (const file of assetsUnder(dir)) {
      if (!code.includes(basename(file))) continue;
      assets[`/node_modules/${name}/${relative(dir, file).split(sep).join('/')}`] = { file, bytes: statSync(file).size };
    }
  }
  return assets;
}

export const readAsset = (asset: GraphAsset): Buffer => readFileSync(asset.file);
