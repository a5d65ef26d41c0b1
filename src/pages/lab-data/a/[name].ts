// The data files of the labs' packages (WebAssembly, data images, archives), named by content hash.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bookModules } from '../../../labs/modules/index.ts';
import { readAsset } from '../../../labs/modules/assets.ts';

export const prerender = true;

export const getStaticPaths = (async () => [...(await bookModules()).assets.keys()].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const asset = (await bookModules()).assets.get(params.name ?? '');
  if (!asset) return new Response('No such data file', { status: 404 });
  const type = asset.path.endsWith('.wasm') ? 'application/wasm' : asset.path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
  return new Response(new Uint8Array(readAsset(asset)), { headers: { 'Content-Type': type } });
};
