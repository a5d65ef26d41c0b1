// A package's data files in the sandbox. The package fetches them from next to
// its code (file:///node_modules/<name>/…, the address its import.meta.url
// gives); here that fetch is answered with the bytes the page sends. WebAssembly
// that the sandbox compiled for an earlier run on this page is reused: compiling
// a large module (PGlite's is 9 MB) is most of what a second run would wait for.
export const assetPrefix = 'file:///node_modules/';

export interface AssetSource {
  /** The bytes of a data file, by its path (/node_modules/…), or undefined when the page has none. */
  fetch(path: string): Promise<ArrayBuffer | undefined>;
  /** WebAssembly compiled earlier on this page, by path; an Error when it failed to compile. */
  compiled: Record<string, WebAssembly.Module | Error>;
}

const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : String(input));

/** The data file's path for a file:///node_modules/ address, else undefined. */
export const assetPath = (input: RequestInfo | URL): string | undefined => {
  const url = urlOf(input);
  return url.startsWith(assetPrefix) ? decodeURI(url.slice('file://'.length).split(/[?#]/)[0] ?? '') : undefined;
};

export function installAssets(scope: typeof globalThis, source: AssetSource): void {
  // Which bytes and responses stand for which data file, so that compiling them can reuse a compiled module.
  const pathOf = new WeakMap<object, string>();
  const nativeFetch = scope.fetch.bind(scope);

  class AssetResponse extends Response {
    private readonly data: ArrayBuffer;
    private readonly path: string;
    constructor(data: ArrayBuffer, path: string) {
      super(data, { status: 200, headers: { 'Content-Type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } });
      this.data = data;
      this.path = path;
      pathOf.set(this, path);
      pathOf.set(data, path);
    }
    // PGlite compiles a clone of the response it fetched: the clone must still say which file it is.
    override clone(): AssetResponse {
      return new AssetResponse(this.data, this.path);
    }
    // The same bytes each time (not a copy), so that compiling them finds the module compiled earlier.
    override arrayBuffer(): Promise<ArrayBuffer> {
      return Promise.resolve(this.data);
    }
  }

  scope.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = assetPath(input);
    if (path === undefined) return nativeFetch(input, init);
    const bytes = await source.fetch(path);
    if (!bytes) return new Response(`The page has no data file ${path}.`, { status: 404, statusText: 'Not Found' });
    return new AssetResponse(bytes, path);
  }) as typeof fetch;

  const wasm = scope.WebAssembly;
  const compiledFor = (key: unknown): WebAssembly.Module | undefined => {
    const path = typeof key === 'object' && key !== null ? pathOf.get(key) : undefined;
    const module = path === undefined ? undefined : source.compiled[path];
    if (module instanceof Error) throw new Error(`The WebAssembly file ${path} could not be loaded: ${module.message}`);
    return module;
  };
  const bufferOf = (bytes: BufferSource): object => (ArrayBuffer.isView(bytes) ? bytes.buffer : bytes);
  // A data file that is not valid WebAssembly fails with the compiler's words; this says which file it was.
  const naming = <R>(key: unknown, attempt: Promise<R>): Promise<R> => {
    const path = typeof key === 'object' && key !== null ? pathOf.get(key) : undefined;
    if (path === undefined) return attempt;
    return attempt.catch((error: unknown) => {
      throw new Error(`The WebAssembly file ${path} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const { compile, instantiate, compileStreaming, instantiateStreaming } = wasm;
  wasm.compile = (bytes: BufferSource) => Promise.resolve(compiledFor(bufferOf(bytes)) ?? naming(bufferOf(bytes), compile.call(wasm, bytes)));
  wasm.instantiate = ((module: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
    if (module instanceof wasm.Module) return instantiate.call(wasm, module, imports);
    const known = compiledFor(bufferOf(module));
    if (!known) return naming(bufferOf(module), instantiate.call(wasm, module, imports));
    return instantiate.call(wasm, known, imports).then((instance) => ({ module: known, instance }));
  }) as typeof wasm.instantiate;
  wasm.compileStreaming = async (response: Response | PromiseLike<Response>) => {
    const answered = await response;
    return compiledFor(answered) ?? naming(answered, compileStreaming.call(wasm, answered));
  };
  wasm.instantiateStreaming = async (response: Response | PromiseLike<Response>, imports?: WebAssembly.Imports) => {
    const answered = await response;
    const known = compiledFor(answered);
    return known ? { module: known, instance: await instantiate.call(wasm, known, imports) } : naming(answered, instantiateStreaming.call(wasm, answered, imports));
  };
}
