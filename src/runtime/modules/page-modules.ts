// The page's side of the module graph: which built files a run needs, fetched
// once per page and kept (their names are content hashes, so the browser's
// cache keeps them for good too). The sandbox cannot fetch from this site
// itself (its origin is opaque), so the page fetches and hands the code in.
import type { RunModules } from '../runners/in-page/protocol.ts';
import { bareImports } from '../runners/in-page/scan-imports.ts';
import { assetsOf, moduleManifestUrl, staticClosure, type ModuleManifest } from './manifest.ts';

const isCode = (path: string): boolean => /\.[cm]?[jt]s$/.test(path);

async function fetchOk<T>(url: string, read: (response: Response) => Promise<T>, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${what} (${response.status} from ${url}).`);
  return read(response);
}

export class PageModules {
  private manifestLoad: Promise<ModuleManifest> | undefined;
  private readonly code = new Map<string, Promise<string>>();
  private readonly assets = new Map<string, Promise<ArrayBuffer>>();

  manifest(): Promise<ModuleManifest> {
    this.manifestLoad ??= fetchOk(moduleManifestUrl, (response) => response.json() as Promise<ModuleManifest>, 'the list of npm modules for labs');
    this.manifestLoad.catch(() => (this.manifestLoad = undefined));
    return this.manifestLoad;
  }

  /** The entries the lab may import, and the built files a run of these files needs before it starts. */
  private async neededBy(slug: string, files: Record<string, string>): Promise<{ manifest: ModuleManifest; entries: Record<string, string>; needed: string[] }> {
    const manifest = await this.manifest();
    const entries = manifest.entries[slug] ?? {};
    const imported = bareImports(Object.entries(files).filter(([path]) => isCode(path)).map(([, source]) => source)).filter((specifier) => specifier in entries);
    return { manifest, entries, needed: staticClosure(manifest, imported.map((specifier) => entries[specifier] ?? '')) };
  }

  /** The npm modules a run of these files needs: the entries the lab may import and the files its imports reach. */
  async forRun(slug: string, files: Record<string, string>): Promise<RunModules> {
    const { manifest, entries, needed } = await this.neededBy(slug, files);
    const graph = Object.fromEntries(Object.entries(manifest.files).map(([id, file]) => [id, { imports: file.imports, packages: file.packages }]));
    return { entries, files: await this.load(needed), graph };
  }

  /** The data files (WebAssembly, data images) of the packages a run of these files loads, by path. */
  async assetsFor(slug: string, files: Record<string, string>): Promise<string[]> {
    const { manifest, needed } = await this.neededBy(slug, files);
    return assetsOf(manifest, needed);
  }

  /** A package's data file (kept for the page's later runs), or undefined when the graph has none by that path. */
  async asset(path: string): Promise<ArrayBuffer | undefined> {
    const file = (await this.manifest()).assets[path];
    if (!file) return undefined;
    let bytes = this.assets.get(path);
    if (!bytes) {
      bytes = fetchOk(file.url, (response) => response.arrayBuffer(), `the data file ${path}`);
      bytes.catch(() => this.assets.delete(path));
      this.assets.set(path, bytes);
    }
    return bytes;
  }

  /** The code of these built files; an id the graph does not have is an error. */
  async load(ids: string[]): Promise<Record<string, string>> {
    const manifest = await this.manifest();
    const texts = await Promise.all(
      ids.map((id) => {
        const file = manifest.files[id];
        if (!file) throw new Error(`The module graph has no file "${id}".`);
        let text = this.code.get(id);
        if (!text) {
          text = fetchOk(file.url, (response) => response.text(), `the module file ${id}`);
          text.catch(() => this.code.delete(id));
          this.code.set(id, text);
        }
        return text;
      }),
    );
    return Object.fromEntries(ids.map((id, index) => [id, texts[index] ?? '']));
  }
}
