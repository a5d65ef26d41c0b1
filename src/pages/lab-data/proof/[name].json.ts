// A proof project's files, for the page /runtime-proof/ (see src/labs/proof-projects.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { proofProjects } from '../../../labs/proof-projects.ts';

export const prerender = true;

export const getStaticPaths = (() => proofProjects().map((project) => ({ params: { name: project.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const project = proofProjects().find((candidate) => candidate.name === params.name);
  if (!project) return new Response('No such proof project', { status: 404 });
  return new Response(JSON.stringify({ name: project.name, slug: project.slug, files: project.starter }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
