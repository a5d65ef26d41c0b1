// Pyodide's Emscripten module factory, an ES module without types of its own; the Python worker bundles it.
declare module 'pyodide/pyodide.asm.mjs' {
  const createPyodideModule: unknown;
  export default createPyodideModule;
}

// Python source bundled as text (labs/_kit/python/harness.py), with esbuild's text loader.
declare module '*.py' {
  const source: string;
  export default source;
}
