// Which rung of the career ladder (beyond/career-ladder) the learner's progress in this
// book supports. The rungs and their evidence are written into the page by
// LadderSelfAssessment.astro; this module only judges them against the stored progress.
import { labStanding, type LabStanding, type Progress } from './progress-store.ts';

/** One piece of evidence: a lab passed on the learner's own code, or a chapter marked as done. */
export interface LadderItem {
  title: string;
  chapter: string;
  lab?: string;
}

export interface LadderRung {
  id: string;
  name: string;
  /** The rung whose evidence this one builds on; none for the first. */
  after?: string;
  items: LadderItem[];
}

export type ItemStanding = LabStanding | 'done';

/** An item counts only as a pass on the learner's own code, or, without a lab, as a chapter marked done. */
export function itemStanding(progress: Progress, item: LadderItem): ItemStanding {
  if (item.lab !== undefined) return labStanding(progress, item.lab);
  return item.chapter in progress.chapters ? 'done' : 'todo';
}

const counts = (standing: ItemStanding): boolean => standing === 'passed' || standing === 'done';

export interface RungVerdict {
  rung: LadderRung;
  missing: LadderItem[];
  /** Every item of this rung and of the rungs below it counts. */
  supported: boolean;
}

/** Each rung with what it still lacks; a rung is supported only when the rungs below it are too. */
export function judgeRungs(rungs: LadderRung[], progress: Progress): RungVerdict[] {
  const byId = new Map<string, RungVerdict>();
  return rungs.map((rung) => {
    const below = rung.after === undefined ? undefined : byId.get(rung.after);
    if (rung.after !== undefined && !below) throw new Error(`Ladder rung "${rung.id}" builds on "${rung.after}", which is not listed before it.`);
    const missing = rung.items.filter((item) => !counts(itemStanding(progress, item)));
    const verdict = { rung, missing, supported: missing.length === 0 && (below?.supported ?? true) };
    byId.set(rung.id, verdict);
    return verdict;
  });
}

const list = (items: LadderItem[]): string => items.map((item) => item.title).join(', ');

/** The sentence the self-assessment shows: the highest rungs supported, and what the next rung lacks. */
export function ladderSummary(rungs: LadderRung[], progress: Progress): string {
  const verdicts = judgeRungs(rungs, progress);
  const supported = verdicts.filter((verdict) => verdict.supported);
  // The next rungs: those not supported whose own foundation is (or that have none).
  const next = verdicts.filter((verdict) => !verdict.supported && (verdict.rung.after === undefined || verdicts.find((other) => other.rung.id === verdict.rung.after)?.supported));
  const reached =
    supported.length === 0
      ? 'Your evidence in this book does not yet complete the first rung.'
      : `Your evidence in this book supports: ${supported.map((verdict) => verdict.rung.name).join('; ')}.`;
  const lacking = next.map((verdict) => `${verdict.rung.name} still needs ${verdict.missing.length} of ${verdict.rung.items.length}: ${list(verdict.missing)}.`);
  return [reached, ...lacking].join(' ');
}
