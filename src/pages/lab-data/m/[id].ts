// The files of the module graph: npm packages bundled for the in-page runner, named by content hash.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bookModules } from '../../../labs/modules/index.ts';

export const prerender = true;

export const getStaticPaths = (async () => Object.keys((await bookModules()).graph.files).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await bookModules()).graph.files[params.id ?? ''];
  if (!file) return new Response('No such module file', { status: 404 });
  return new Response(file.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
