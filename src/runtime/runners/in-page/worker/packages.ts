// The npm packages of a run, from the module graph built for the page (see
// src/runtime/modules/manifest.ts): files of CommonJS that require each other
// by id ("./c-7HQ2.js") and Node's built-ins by name. Each file is evaluated
// once per run, the first time something requires it; a file the run does not
// have yet (an import() the page did not fetch in advance) is asked of the
// page with `fetchFiles`.
import type { RunModules } from '../protocol.ts';
import { isBuiltin } from '../scan-imports.ts';
import { unavailableModule } from './module-system.ts';

type Module = { exports: unknown };
type FileFunction = (exports: unknown, require: (specifier: string) => unknown, module: Module, __filename: string, __dirname: string, __import: (specifier: string) => Promise<unknown>) => unknown;

export interface PackagesOptions {
  modules: RunModules;
  /** Node built-ins by name (without "node:"), as the sandbox provides them. */
  builtin(name: string, requiredBy: string): unknown;
  /** Asks the page for more built files; resolves with their code by id. */
  fetchFiles(ids: string[]): Promise<Record<string, string>>;
  /** Evaluates a file's code as a function (kept apart so that stack traces name the file). */
  evaluate(code: string, filename: string): FileFunction;
  /** Changes to what a package entry exports in the page, by specifier; each is made once per run, when the lab first imports it. */
  adapters?: Record<string, (exports: unknown) => void>;
}

const fileId = (specifier: string): string => specifier.replace(/^\.\//, '');

export class Packages {
  private readonly options: PackagesOptions;
  private readonly code: Record<string, string>;
  private readonly cache = new Map<string, Module>();
  private readonly adapted = new Set<string>();

  constructor(options: PackagesOptions) {
    this.options = options;
    this.code = { ...options.modules.files };
  }

  /** What a bare specifier from the lab's own code resolves to, or undefined when the page has no such entry. */
  entry(specifier: string): unknown {
    const id = this.options.modules.entries[specifier];
    if (id === undefined) return undefined;
    const exports = this.load(id);
    if (!this.adapted.has(specifier)) {
      this.adapted.add(specifier);
      this.options.adapters?.[specifier]?.(exports);
    }
    return exports;
  }

  /** The specifiers the lab may import in the page, for the error that lists them. */
  get available(): string[] {
    return Object.keys(this.options.modules.entries).sort();
  }

  private load(id: string): unknown {
    const cached = this.cache.get(id);
    if (cached) return cached.exports;
    const code = this.code[id];
    if (code === undefined) throw new Error(`The page did not send the module file ${id} before it was required.`);
    const module: Module = { exports: {} };
    this.cache.set(id, module);
    const filename = `/node_modules/.lab-modules/${id}`;
    const fn = this.options.evaluate(code, filename);
    fn.call(module.exports, module.exports, (specifier) => this.require(specifier, id), module, filename, '/node_modules/.lab-modules', (specifier) => this.importLater(specifier));
    return module.exports;
  }

  private require(specifier: string, from: string): unknown {
    if (specifier.startsWith('./')) return this.load(fileId(specifier));
    if (specifier.startsWith('node:') || isBuiltin(specifier)) return this.options.builtin(specifier.replace(/^node:/, ''), this.describe(from));
    // A package the bundler could not find (an optional dependency in a try/catch): absent in the page too.
    return unavailableModule(`the package "${specifier}"`, this.describe(from));
  }

  /** import() of a built file: fetched from the page first when this run does not have it. */
  private async importLater(specifier: string): Promise<unknown> {
    const id = fileId(specifier);
    const missing = this.closure(id).filter((needed) => this.code[needed] === undefined);
    if (missing.length > 0) Object.assign(this.code, await this.options.fetchFiles(missing));
    return this.load(id);
  }

  private closure(id: string): string[] {
    const seen = new Set<string>();
    const visit = (at: string): void => {
      if (seen.has(at)) return;
      seen.add(at);
      for (const next of this.options.modules.graph[at]?.imports ?? []) visit(next);
    };
    visit(id);
    return [...seen];
  }

  /** "c-7HQ2.js (@electric-sql/pglite)": which package a file holds, for errors. */
  describe(id: string): string {
    const packages = this.options.modules.graph[id]?.packages ?? [];
    return packages.length > 0 ? `${packages.join(', ')}` : id;
  }
}
