// The script of every sandbox document, as text. It is the same text on every
// sandbox, so the site's Content-Security-Policy can allow it by its hash (a
// srcdoc frame inherits the page's policy); what differs per sandbox (the
// secret, the page's origin) is read from the document's meta elements.
//
// The document lives as long as the page keeps the sandbox. It answers the
// page with the secret, then serves runs over the control port it was given:
// - "wasm": compiles WebAssembly once per sandbox, for every later run;
// - "preload": keeps data files that each spare worker is given as it starts
//   (with the compiled WebAssembly), so that it can start a runtime (Pyodide)
//   before its run arrives;
// - "run": hands the lab port to a worker it started ahead of time (with the
//   compiled modules);
// - "stop": ends the run's worker (an endless loop too), says so, and starts
//   the spare worker for the next run: started then rather than beside the
//   run, it never takes the processor from a run's first output.
// It reports what only it can see: a worker that fails to start, and a
// heartbeat from its own thread that stops only if the sandbox dies.
export const bootScript = `
(() => {
  const meta = (name) => document.querySelector('meta[name="' + name + '"]').content;
  const secret = meta('sandbox-secret');
  const compiled = new Map();
  const assets = {};
  const preloaded = new WeakSet();
  let control, workerUrl, warm, running;
  const preload = async (worker) => {
    if (Object.keys(assets).length === 0 || preloaded.has(worker)) return;
    preloaded.add(worker);
    const modules = {};
    for (const [path, module] of compiled) modules[path] = await module;
    worker.postMessage({ type: 'preload', compiled: modules, assets });
  };
  const spawn = () => {
    const worker = new Worker(workerUrl);
    worker.addEventListener('error', (error) => control.postMessage({ type: 'worker-error', message: String(error.message || 'the worker failed to start') }));
    void preload(worker);
    return worker;
  };
  const onControl = async ({ data, ports }) => {
    if (!data) return;
    if (data.type === 'wasm') {
      for (const [path, bytes] of Object.entries(data.files)) if (!compiled.has(path)) compiled.set(path, WebAssembly.compile(bytes).catch((error) => error));
    } else if (data.type === 'preload') {
      Object.assign(assets, data.files);
      if (warm) void preload(warm);
    } else if (data.type === 'run') {
      const modules = {};
      for (const [path, module] of compiled) modules[path] = await module;
      running = warm || spawn();
      warm = undefined;
      running.postMessage({ type: 'port', compiled: modules }, [ports[0]]);
    } else if (data.type === 'stop') {
      if (running) running.terminate();
      running = undefined;
      warm = warm || spawn();
      control.postMessage({ type: 'stopped' });
    }
  };
  let booted = false;
  addEventListener('message', (event) => {
    if (booted || !event.data || event.data.type !== 'boot' || event.source !== parent) return;
    booted = true;
    control = event.ports[0];
    workerUrl = URL.createObjectURL(new Blob([event.data.source], { type: 'text/javascript' }));
    warm = spawn();
    control.onmessage = onControl;
    setInterval(() => control.postMessage({ type: 'alive' }), 500);
    control.postMessage({ type: 'ready', secret });
  });
  parent.postMessage({ type: 'sandbox-loaded', secret }, meta('sandbox-parent'));
})();
`;
