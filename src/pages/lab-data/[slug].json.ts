// A lab's files for the workbench: the starter, the solution overlay and the manifest (its tasks with their hints).
import type { APIRoute, GetStaticPaths } from 'astro';
import { bookLabs } from '../../labs/registry.ts';
import { defaultTimeoutMs } from '../../labs/manifest.ts';
import type { LabData } from '../../runtime/session/lab-data.ts';
import { bookTypes } from '../../labs/types/book-types.ts';

export const prerender = true;

export const getStaticPaths = (() => bookLabs().map((lab) => ({ params: { slug: lab.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lab = bookLabs().find((candidate) => candidate.slug === params.slug);
  if (!lab) return new Response('No such lab', { status: 404 });
  const { manifest } = lab;
  const body = {
    slug: lab.slug,
    dir: lab.dir,
    title: manifest.title,
    entry: manifest.entry,
    open: manifest.open,
    tasks: manifest.tasks,
    timeoutMs: manifest.timeoutMs ?? defaultTimeoutMs,
    language: manifest.language,
    starter: lab.starter,
    solution: lab.solution,
    types: (await bookTypes()).labs[lab.slug],
  } satisfies LabData;
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
