// Bundles every npm package the labs import into the module graph the in-page
// runner loads (see src/runtime/modules/manifest.ts), with esbuild:
// - each (lab, specifier) is resolved the way the browser build of a package
//   is chosen (package.json "exports" with the conditions browser, import and
//   default; then "browser", "module", "main"), subpaths and JSON included;
// - all of them are bundled together with code splitting, so that each module
//   lands in exactly one output file, shared by every entry that needs it,
//   and a dynamic import() gets a file of its own, loaded when it runs;
// - each output file is turned into CommonJS for the sandbox's require().
import { build, transform, type Metafile, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isBuiltin } from '../../runtime/runners/in-page/scan-imports.ts';
import { LabError, LabErrors } from '../errors.ts';
import type { EntryRequest } from './entries.ts';
import { owningPackage, virtualPath } from './virtual-path.ts';

export interface GraphFile {
  code: string;
  imports: string[];
  lazy: string[];
  /** The packages whose modules it holds, for the errors and the bench. */
  packages: string[];
  /** The modules it holds, as the lab's code would see their paths (/node_modules/…). */
  modules: string[];
}

export interface BuiltGraph {
  files: Record<string, GraphFile>;
  entries: Record<string, Record<string, string>>;
  /** Package folders the graph reaches, by package name (where their data files are). */
  packageDirs: Record<string, string>;
}

const outdir = '/module-graph';
const nodeBuiltinPattern = /^(node:.*|[a-z_]+(\/.*)?)$/;

/**
 * Node's built-ins stay `require("node:…")` calls: the sandbox provides some,
 * and says which it cannot. A package that maps a built-in away in its
 * "browser" field (to false, or to a file of its own) gets what it asked for.
 */
const builtinsExternal: Plugin = {
  name: 'node-builtins',
  setup(plugin) {
    plugin.onResolve({ filter: nodeBuiltinPattern }, async ({ path, kind, importer, resolveDir, pluginData }) => {
      if (!isBuiltin(path) || pluginData === 'as-the-browser-field-says') return undefined;
      const mapped = await plugin.resolve(path, { kind, importer, resolveDir, pluginData: 'as-the-browser-field-says' });
      if (mapped.errors.length > 0 || mapped.external) return { path, external: true };
      // Mapped to false: an empty module, as a bundler for the browser gives it.
      return mapped.path.startsWith('/') ? mapped : { path, namespace: 'browser-false' };
    });
    plugin.onLoad({ filter: /.*/, namespace: 'browser-false' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** A native addon cannot run in a browser: the build stops and says which package needs one. */
const noNativeAddons: Plugin = {
  name: 'no-native-addons',
  setup(plugin) {
    plugin.onLoad({ filter: /\.node$/ }, ({ path }) => ({
      errors: [{ text: `${virtualPath(path) ?? path} is a native Node addon (compiled code for Node), which cannot run in a browser; a lab that runs in the page cannot use this package` }],
    }));
  },
};

/**
 * A module's own import.meta.url, as a file:///node_modules/… address: bundling
 * puts many modules in one file, and a package that finds its data files next
 * to itself (new URL('./x.wasm', import.meta.url)) must still find them.
 */
const importMetaPerModule: Plugin = {
  name: 'import-meta-per-module',
  setup(plugin) {
    plugin.onLoad({ filter: /\.(m?js|cjs)$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const at = virtualPath(path) ?? `/${basename(path)}`;
      const url = JSON.stringify(`file://${at}`);
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, url)
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(at.slice(0, at.lastIndexOf('/'))))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(at));
      return { contents, loader: 'js' };
    });
  },
};

const common = {
  platform: 'browser' as const,
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser', 'import', 'default'],
  logLevel: 'silent' as const,
};

/** The file each (lab, specifier) resolves to, through esbuild's own resolver. */
async function resolveEntries(requests: EntryRequest[], root: string): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const errors: LabError[] = [];
  await build({
    ...common,
    stdin: { contents: '' },
    absWorkingDir: root,
    write: false,
    plugins: [
      {
        name: 'resolve-entries',
        setup(plugin) {
          plugin.onStart(async () => {
            for (const request of requests) {
              for (const [specifier, required] of [...request.specifiers.map((item) => [item, true] as const), ...(request.optional ?? []).map((item) => [item, false] as const)]) {
                const result = await plugin.resolve(specifier, { kind: 'import-statement', resolveDir: join(root, request.dir) });
                if (result.errors.length === 0 && result.path) resolved.set(`${request.slug}\u0000${specifier}`, result.path);
                else if (required) errors.push(new LabError(`${request.dir}/package.json`, `"${specifier}" cannot be found for the page: ${result.errors[0]?.text ?? 'no file'} (run npm install?)`));
              }
            }
          });
        },
      },
    ],
  });
  if (errors.length > 0) throw new LabErrors(errors);
  return resolved;
}

const outputId = (path: string): string => basename(path);

/** The ESM output of the split build as CommonJS for the sandbox, with import() handed to its loader. */
async function toSandboxModule(id: string, code: string, lazy: string[]): Promise<string> {
  let cjs: string;
  try {
    cjs = (await transform(code, { format: 'cjs', loader: 'js', target: 'es2022', supported: { 'dynamic-import': true }, minifyWhitespace: true, logLevel: 'silent' })).code;
  } catch (error) {
    throw new Error(`The module graph's file ${id} cannot run in the page: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The lab's loader fetches these on demand: import() of a built file becomes __import().
  for (const target of lazy) cjs = cjs.split(`import("./${target}")`).join(`__import("./${target}")`);
  return cjs;
}

export async function buildModuleGraph(requests: EntryRequest[], root: string): Promise<BuiltGraph> {
  const resolved = await resolveEntries(requests, root);
  const entryPaths = [...new Set(resolved.values())].sort();
  if (entryPaths.length === 0) return { files: {}, entries: {}, packageDirs: {} };
  let metafile: Metafile;
  let outputs: Array<{ path: string; text: string }>;
  try {
    const result = await build({
      ...common,
      entryPoints: entryPaths,
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir,
      entryNames: 'e-[hash]',
      chunkNames: 'c-[hash]',
      write: false,
      metafile: true,
      minify: true,
      // Class and function names are part of some libraries' behaviour (LangChain serialises by them).
      keepNames: true,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [builtinsExternal, noNativeAddons, importMetaPerModule],
    });
    metafile = result.metafile;
    outputs = result.outputFiles.map((file) => ({ path: file.path, text: file.text }));
  } catch (error) {
    const messages = (error as { errors?: Array<{ text: string; location?: { file: string } | null }> }).errors;
    const detail = messages?.map((message) => `${message.location?.file ?? '?'}: ${message.text}`).join('\n') ?? String(error);
    throw new Error(`The npm packages of the labs cannot be bundled for the page:\n${detail}`);
  }

  const entryOf = new Map<string, string>();
  const packageDirs: Record<string, string> = {};
  const files: Record<string, GraphFile> = {};
  for (const output of outputs) {
    const id = outputId(output.path);
    const meta = metafile.outputs[`${outdir.slice(1)}/${id}`] ?? metafile.outputs[output.path.slice(1)] ?? Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${id}`))?.[1];
    if (!meta || !id.endsWith('.js')) continue;
    if (meta.entryPoint) entryOf.set(join(root, meta.entryPoint), id);
    const packages = new Set<string>();
    const modules: string[] = [];
    for (const input of Object.keys(meta.inputs)) {
      const path = join(root, input);
      const owner = owningPackage(path);
      modules.push(virtualPath(path) ?? input);
      if (owner) {
        packages.add(owner.name);
        packageDirs[owner.name] ??= owner.dir;
      }
    }
    const imports = meta.imports.filter((item) => !item.external && item.kind !== 'dynamic-import').map((item) => outputId(item.path));
    const lazy = meta.imports.filter((item) => !item.external && item.kind === 'dynamic-import').map((item) => outputId(item.path));
    files[id] = { code: await toSandboxModule(id, output.text, lazy), imports: [...new Set(imports)], lazy: [...new Set(lazy)], packages: [...packages].sort(), modules: modules.sort() };
  }

  const entries: Record<string, Record<string, string>> = {};
  for (const [key, path] of resolved) {
    const [slug = '', specifier = ''] = key.split('\u0000');
    const id = entryOf.get(path);
    if (!id) throw new Error(`The module graph has no entry file for "${specifier}" (${path}).`);
    (entries[slug] ??= {})[specifier] = id;
  }
  return { files, entries, packageDirs };
}

/** A short content hash for file names. */
export const contentHash = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('base64url').slice(0, 16);
