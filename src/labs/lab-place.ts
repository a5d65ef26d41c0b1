// Where a lab belongs in the book: the stage, or the section outside the stages, that its manifest's
// "stage" names. The lab's own chapter must be in that section; another section may show it as an
// example (the contributing guide shows a Stage 1 lab).
import { sections, stages, labSectionsBeyondStages } from '../book/sections.ts';
import { LabError } from './errors.ts';
import type { LabManifest } from './manifest.ts';

const docsRoot = 'src/content/docs/';

/** The section folder a lab belongs to, e.g. "stage-1-foundation" or "capstones". */
export function labSectionDir(stage: LabManifest['stage']): string {
  return typeof stage === 'number' ? (stages.find((candidate) => candidate.number === stage)?.dir ?? '') : stage;
}

/** The words before a lab's title: "Stage 1", or the label of its section outside the stages. */
export function labPlaceLabel(stage: LabManifest['stage']): string {
  if (typeof stage === 'number') return `Stage ${stage}`;
  return sections.find((section) => section.dir === stage)?.label ?? stage;
}

const holdsLabs = (dir: string): boolean => stages.some((stage) => stage.dir === dir) || labSectionsBeyondStages.some((section) => section === dir);

/**
 * Fails when a page of a section that holds labs embeds a lab whose manifest places it elsewhere: a
 * capstone marked "Stage 3" would be shown as a Stage 3 lab. Pages of other sections, and the print
 * route, may embed any lab.
 */
export function checkLabPlace(labDir: string, stage: LabManifest['stage'], page: string): void {
  if (!page.startsWith(docsRoot)) return;
  const pageDir = page.slice(docsRoot.length).split('/')[0] ?? '';
  if (!holdsLabs(pageDir) || pageDir === labSectionDir(stage)) return;
  const expected = stages.find((candidate) => candidate.dir === pageDir)?.number ?? pageDir;
  throw new LabError(`${labDir}/lab.json`, `is ${JSON.stringify(stage)}, but its chapter ${page} is in ${pageDir}/: write ${JSON.stringify(expected)}`, 'stage');
}
