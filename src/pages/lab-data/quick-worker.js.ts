// The in-page runner's worker, bundled at build time into one classic script.
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { workerScript } from '../../labs/worker-script.ts';

export const prerender = true;

// Resolved from the project root: at build time this file runs from a bundled chunk elsewhere.
const entry = join(process.cwd(), 'src/runtime/runners/in-page/worker/index.ts');

export const GET: APIRoute = async () => new Response(await workerScript(entry), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
