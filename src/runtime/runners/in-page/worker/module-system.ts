import { transform } from 'sucrase';
import { dirname, labRoot, resolveRelative } from './resolve.ts';

type Module = { exports: unknown };
type ModuleFunction = (exports: unknown, require: (specifier: string) => unknown, module: Module, filename: string, dirname: string) => unknown;

export interface ModuleSystemOptions {
  /** The lab's files by lab-relative path. */
  files: Record<string, string>;
  /** CommonJS bundles of npm packages, by package name. */
  dependencies: Record<string, string>;
  /** Node built-ins by name (without "node:"). */
  builtins: Record<string, unknown>;
}

/** Evaluates a function expression so that stack traces name the file and keep its line numbers. */
function evaluate(source: string, filename: string, isAsync: boolean): ModuleFunction {
  const header = `(${isAsync ? 'async ' : ''}function (exports, require, module, __filename, __dirname) {`;
  return (0, eval)(`${header}${source}\n})\n//# sourceURL=${filename}`) as ModuleFunction;
}

function compile(filename: string, code: string): string {
  const withMeta = code.replace(/\bimport\.meta\.url\b/g, '`file://${__filename}`').replace(/\bimport\.meta\.dirname\b/g, '__dirname').replace(/\bimport\.meta\.filename\b/g, '__filename');
  try {
    return transform(withMeta, { transforms: ['typescript', 'imports'], filePath: filename, production: true, disableESTransforms: true }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw Object.assign(new SyntaxError(`${filename.slice(labRoot.length + 1)}: ${message}`), { stack: `SyntaxError: ${filename.slice(labRoot.length + 1)}: ${message}` });
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
  private readonly packages = new Map<string, Module>();

  constructor(options: ModuleSystemOptions) {
    this.options = options;
  }

  private exists = (path: string): boolean => this.options.files[path.slice(labRoot.length + 1)] !== undefined;

  require(specifier: string, fromFile: string): unknown {
    const builtin = specifier.replace(/^node:/, '');
    if (specifier.startsWith('node:') || builtin in this.options.builtins) {
      if (builtin in this.options.builtins) return this.options.builtins[builtin];
      throw new Error(`The in-page runner has no "${specifier}" (required by ${fromFile.slice(labRoot.length + 1)}). It provides: ${Object.keys(this.options.builtins).map((name) => `node:${name}`).join(', ')}.`);
    }
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const path = resolveRelative(specifier, fromFile, this.exists);
      if (!path) throw Object.assign(new Error(`Cannot find module '${specifier}' imported from ${fromFile.slice(labRoot.length + 1)}`), { code: 'ERR_MODULE_NOT_FOUND' });
      return this.load(path, false).exports;
    }
    return this.requirePackage(specifier, fromFile);
  }

  /** Runs a file as an entry point: it may use top-level await. */
  async run(path: string): Promise<void> {
    const filename = `${labRoot}/${path}`;
    const module: Module = { exports: {} };
    this.cache.set(filename, module);
    const fn = evaluate(compile(filename, this.source(filename)), filename, true);
    await fn.call(module.exports, module.exports, (specifier) => this.require(specifier, filename), module, filename, dirname(filename));
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
    const code = compile(filename, this.source(filename));
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

  private requirePackage(specifier: string, fromFile: string): unknown {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);
    const cached = this.packages.get(name);
    if (cached) return cached.exports;
    const bundle = this.options.dependencies[name];
    if (bundle === undefined) {
      throw Object.assign(new Error(`Cannot find package '${specifier}' imported from ${fromFile.slice(labRoot.length + 1)}. In the page, a lab can use the packages in its package.json "dependencies".`), { code: 'ERR_MODULE_NOT_FOUND' });
    }
    if (name !== specifier) throw new Error(`The in-page runner bundles "${name}" whole; import from "${name}" rather than "${specifier}".`);
    const module: Module = { exports: {} };
    this.packages.set(name, module);
    const filename = `/node_modules/${name}/index.js`;
    evaluate(bundle, filename, false).call(module.exports, module.exports, (inner) => this.require(inner, filename), module, filename, dirname(filename));
    return module.exports;
  }
}
