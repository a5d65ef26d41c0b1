// The module graph's manifest: which built file each lab's imports are, and what each file needs.
import type { APIRoute } from 'astro';
import { bookModules, manifestOf } from '../../labs/modules/index.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(manifestOf(await bookModules())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
