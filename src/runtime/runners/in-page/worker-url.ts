/** Where the built site serves the in-page runner's worker script (src/pages/lab-data/quick-worker.js.ts). */
export const quickWorkerUrl = '/lab-data/quick-worker.js';
