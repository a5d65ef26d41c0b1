/** Where the built site serves the in-page runner's worker script (src/pages/lab-data/quick-worker.js.ts). */
export const quickWorkerUrl = '/lab-data/quick-worker.js';

/** The worker for Python labs, with Pyodide bundled in (src/pages/lab-data/python-worker.js.ts); fetched when a Python lab first runs. */
export const pythonWorkerUrl = '/lab-data/python-worker.js';
