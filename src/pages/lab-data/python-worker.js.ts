// The in-page runner's worker for Python labs (Pyodide's loader and interpreter
// glue bundled in, about 1.3 MB before compression), fetched only when a Python lab first runs.
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { workerScript } from '../../labs/worker-script.ts';

export const prerender = true;

const entry = join(process.cwd(), 'src/runtime/runners/in-page/python/worker.ts');

// Pyodide's Node-only branches import node: built-ins and ws at run time; they never run in a browser.
export const GET: APIRoute = async () => new Response(await workerScript(entry, { external: ['node:*', 'ws'] }), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
