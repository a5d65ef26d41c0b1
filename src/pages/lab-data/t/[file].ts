// The editor's language service: its worker and the labs' declaration files, named by content hash.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bookTypes } from '../../../labs/types/book-types.ts';

export const prerender = true;

export const getStaticPaths = (async () => Object.keys((await bookTypes()).files).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const contentType = (file: string): string => (file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json; charset=utf-8');

export const GET: APIRoute = async ({ params }) => {
  const text = (await bookTypes()).files[params.file ?? ''];
  if (text === undefined) return new Response('No such file', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': contentType(params.file ?? '') } });
};
