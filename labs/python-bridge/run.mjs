// `npm start` and `npm test`: this lab's Python, run in Node through Pyodide (see the kit's python/run-lab.mjs).
import { runPythonLab } from '@ai-roadmap/kit/python';

await runPythonLab(import.meta.dirname, process.argv[2]);
