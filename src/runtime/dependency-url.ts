/** A bare specifier as a file name for its bundle: "@ai-roadmap/kit" → "@ai-roadmap__kit". */
export const dependencyFileName = (specifier: string): string => specifier.replace(/\//g, '__');
export const specifierFromFileName = (name: string): string => name.replace(/__/g, '/');

/** Where the built site serves the browser bundle of one npm dependency of the labs. */
export const dependencyUrl = (specifier: string): string => `/lab-data/deps/${dependencyFileName(specifier)}.js`;

/** Where the built site serves the quick runner's worker script. */
export const quickWorkerUrl = '/lab-data/quick-worker.js';
