import { transform } from 'sucrase';
import { dirname, labRoot, resolveRelative } from './resolve.ts';
import { isBuiltin } from '../scan-imports.ts';
import type { Packages } from './packages.ts';

type Module = { exports: unknown };
type ModuleFunction = (exports: unknown, require: (specifier: string) => unknown, module: Module, filename: string, dirname: string, __import?: (specifier: string) => Promise<unknown>) => unknown;

export interface ModuleSystemOptions {
  /** The lab's files by lab-relative path. */
  files: Record<string, string>;
  /** The npm packages of the run. */
  packages: Packages;
  /** Node built-ins by name (without "node:"). */
  builtins: Record<string, unknown>;
  /** Told the code each lab file runs as, and how many characters of wrapper precede it on its first line. */
  compiled?(path: string, code: string, header: number): void;
  /** Lab files already compiled (see compile-ahead.ts), by lab-relative path. */
  precompiled?: ReadonlyMap<string, string>;
}

const moduleHeader = (isAsync: boolean): string => `(${isAsync ? 'async ' : ''}function (exports, require, module, __filename, __dirname, __import) {`;

/** Evaluates a function expression so that stack traces name the file and keep its line numbers. */
export function evaluate(source: string, filename: string, isAsync = false): ModuleFunction {
  return (0, eval)(`${moduleHeader(isAsync)}${source}\n})\n//# sourceURL=${filename}`) as ModuleFunction;
}

/**
 * A built-in the sandbox does not provide: requiring it works (a package may
 * import one for a code path the lab never takes), and using any part of it
 * says what is missing and who asked for it.
 */
export function unavailableBuiltin(name: string, requiredBy: string): unknown {
  return unavailableModule(`node:${name}`, requiredBy);
}

/** The same for a package that a built file requires and the page does not have (an optional dependency, say). */
export function unavailableModule(what: string, requiredBy: string): unknown {
  const explain = (member: string) =>
    new Error(`The in-page runner cannot provide ${what}${member ? ` (${member})` : ''}, which ${requiredBy} uses on this path. Run the lab in Node (Take it home) for this.`);
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === '__esModule' || key === 'then' || typeof key === 'symbol') return undefined;
        const fail = () => {
          throw explain(String(key));
        };
        return new Proxy(fail, { construct: fail as never, get: (_f, inner) => (inner === 'prototype' ? {} : fail) });
      },
    },
  );
}

export function compile(filename: string, code: string): string {
  const withMeta = code.replace(/\bimport\.meta\.url\b/g, '`file://${__filename}`').replace(/\bimport\.meta\.dirname\b/g, '__dirname').replace(/\bimport\.meta\.filename\b/g, '__filename');
  try {
    return transform(withMeta, { transforms: ['typescript', 'imports'], filePath: filename, production: true, disableESTransforms: true }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const path = filename.slice(labRoot.length + 1);
    // Sucrase says where: line, and column from 0 (which points just past the bad token's start).
    const loc = (error as { loc?: { line?: unknown; column?: unknown } }).loc;
    const at = loc && Number.isSafeInteger(loc.line) && Number.isSafeInteger(loc.column) ? `\n    at ${filename}:${String(loc.line)}:${Math.max(Number(loc.column), 1)}` : '';
    throw Object.assign(new SyntaxError(`${path}: ${message}`), { stack: `SyntaxError: ${path}: ${message}${at}` });
  }
}

/**
 * Compiles a small module once, so that a sandbox kept warm for the next run
 * has sucrase's code compiled and optimised before the learner presses Run.
 */
export function warmUpCompiler(): void {
  compile(`${labRoot}/warm-up.ts`, "import { a } from './a.ts';\nenum Mode { On, Off }\nexport const b: number = a + Mode.On;\nexport type T = { b: number };\n");
}

/** A CommonJS `require` over the lab's virtual files, with TypeScript compiled by sucrase. */
export class ModuleSystem {
  private readonly options: ModuleSystemOptions;
  private readonly cache = new Map<string, Module>();

  constructor(options: ModuleSystemOptions) {
    this.options = options;
  }

  private exists = (path: string): boolean => this.options.files[path.slice(labRoot.length + 1)] !== undefined;

  require(specifier: string, fromFile: string): unknown {
    const builtin = specifier.replace(/^node:/, '');
    if (specifier.startsWith('node:') || isBuiltin(specifier)) return this.builtin(builtin, fromFile.slice(labRoot.length + 1));
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const path = resolveRelative(specifier, fromFile, this.exists);
      if (!path) throw Object.assign(new Error(`Cannot find module '${specifier}' imported from ${fromFile.slice(labRoot.length + 1)}`), { code: 'ERR_MODULE_NOT_FOUND' });
      return this.load(path, false).exports;
    }
    const found = this.options.packages.entry(specifier);
    if (found !== undefined) return found;
    throw Object.assign(
      new Error(
        `Cannot find package '${specifier}' imported from ${fromFile.slice(labRoot.length + 1)}. In the page, this lab can import: ${this.options.packages.available.join(', ') || 'no packages'} (the packages in its package.json "dependencies" and the subpaths its files import).`,
      ),
      { code: 'ERR_MODULE_NOT_FOUND' },
    );
  }

  /** A Node built-in: the sandbox's shim, or a stand-in that says it is missing when used. */
  builtin = (name: string, requiredBy: string): unknown => (name in this.options.builtins ? this.options.builtins[name] : unavailableBuiltin(name, requiredBy));

  /** Runs a file as an entry point: it may use top-level await. */
  async run(path: string): Promise<void> {
    const filename = `${labRoot}/${path}`;
    const module: Module = { exports: {} };
    this.cache.set(filename, module);
    const fn = evaluate(this.transpile(filename, true), filename, true);
    await fn.call(module.exports, module.exports, (specifier) => this.require(specifier, filename), module, filename, dirname(filename));
  }

  private transpile(filename: string, isAsync: boolean): string {
    const path = filename.slice(labRoot.length + 1);
    const code = this.options.precompiled?.get(path) ?? compile(filename, this.source(filename));
    this.options.compiled?.(path, code, moduleHeader(isAsync).length);
    return code;
  }

  private source(filename: string): string {
    const source = this.options.files[filename.slice(labRoot.length + 1)];
    if (source === undefined) throw new Error(`No file ${filename.slice(labRoot.length + 1)} in the lab.`);
    return source;
  }

  private load(filename: string, isAsync: boolean): Module {
    const cached = this.cache.get(filename);
    if (cached) return cached;
    const module: Module = { exports: {} };
    this.cache.set(filename, module);
    if (filename.endsWith('.json')) {
      module.exports = JSON.parse(this.source(filename));
      return module;
    }
    const code = this.transpile(filename, isAsync);
    let fn: ModuleFunction;
    try {
      fn = evaluate(code, filename, isAsync);
    } catch (error) {
      if (/await is only valid/.test(String(error))) {
        throw new SyntaxError(`${filename.slice(labRoot.length + 1)} uses top-level await. The in-page runner allows it only in the entry file and test files; move the await into a function, or run the lab in Node.`);
      }
      throw error;
    }
    fn.call(module.exports, module.exports, (specifier) => this.require(specifier, filename), module, filename, dirname(filename));
    return module;
  }
}
