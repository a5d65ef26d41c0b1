// The kit's files, which every export puts inside the exported lab.
import type { APIRoute } from 'astro';
import { kitFiles } from '../../labs/kit.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(kitFiles()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
