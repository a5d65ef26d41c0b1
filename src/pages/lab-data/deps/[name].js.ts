// One browser bundle per npm dependency of the labs, built at build time. The
// workbench fetches these and posts them into the in-page runner's sandbox.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleForSandbox } from '../../../labs/bundle.ts';
import { dependencyFileName, labDependencies, specifierFromFileName } from '../../../labs/dependencies.ts';
import { bookLabs } from '../../../labs/registry.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  labDependencies(bookLabs()).map((specifier) => ({ params: { name: dependencyFileName(specifier) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const specifier = specifierFromFileName(params.name ?? '');
  const code = await bundleForSandbox(specifier, { format: 'cjs' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
