// Runs `npm test`'s steps in order. Steps marked `alongside` run, one after another, beside the
// step before the first of them: a lane that fills the core the long step leaves idle. A failed step
// does not stop the others: every step whose prerequisites passed still runs, so one failure cannot
// hide another.

export interface Step {
  label: string;
  /** The npm script that runs it. */
  script: string;
  /** Scripts of the steps that must pass first (e2e and the PDF both need the build). */
  needs?: string[];
  /**
   * Runs beside the last step not so marked, after the `alongside` steps between the two. For steps
   * that each keep one core busy (the type check, the unit tests) beside a long step that keeps one core
   * busy too (the PDF export lays the book out on one thread).
   */
  alongside?: boolean;
}

export type StepOutcome = { status: 'passed' | 'failed'; seconds: number; exitCode: number } | { status: 'skipped'; because: string[] };

export interface StepResult {
  step: Step;
  outcome: StepOutcome;
}

export interface StepHooks {
  /** Runs one step and returns its exit code. */
  run(step: Step, index: number): Promise<number> | number;
  now?(): number;
  /** Told when a step is skipped, with the prerequisites that did not pass. */
  skipped?(step: Step, because: string[]): void;
}

/** The steps in batches: each is a step and its lane, the `alongside` steps after it. */
function batches(steps: Step[]): { step: Step; index: number }[][] {
  const grouped: { step: Step; index: number }[][] = [];
  steps.forEach((step, index) => {
    const batch = step.alongside ? grouped.at(-1) : undefined;
    if (batch) {
      const head = batch[0]!.step;
      if (step.needs?.includes(head.script)) throw new Error(`step-runner: "${step.script}" needs "${head.script}", so it cannot run alongside it`);
      batch.push({ step, index });
    } else grouped.push([{ step, index }]);
  });
  return grouped;
}

export async function runSteps(steps: Step[], { run, now = () => performance.now(), skipped }: StepHooks): Promise<StepResult[]> {
  const outcomes = new Map<number, StepOutcome>();
  const passed = new Set<string>();
  const runOne = async ({ step, index }: { step: Step; index: number }): Promise<void> => {
    const unmet = (step.needs ?? []).filter((script) => !passed.has(script));
    let outcome: StepOutcome;
    if (unmet.length > 0) {
      skipped?.(step, unmet);
      outcome = { status: 'skipped', because: unmet };
    } else {
      const started = now();
      const exitCode = await run(step, index);
      outcome = { status: exitCode === 0 ? 'passed' : 'failed', seconds: (now() - started) / 1000, exitCode };
    }
    if (outcome.status === 'passed') passed.add(step.script);
    outcomes.set(index, outcome);
  };
  for (const [head, ...lane] of batches(steps)) {
    await Promise.all([
      runOne(head!),
      (async () => {
        for (const step of lane) await runOne(step);
      })(),
    ]);
  }
  return steps.map((step, index) => ({ step, outcome: outcomes.get(index)! }));
}

/** 0 when every step passed; 1 when any failed or could not run. */
export const exitCodeOf = (results: StepResult[]): number => (results.every(({ outcome }) => outcome.status === 'passed') ? 0 : 1);

const duration = (seconds: number): string => (seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0).padStart(2, '0')} s`);

/** The summary printed at the end: each step, how it ended and how long it took. */
export function summaryTable(results: StepResult[]): string {
  const rows = results.map(({ step, outcome }) => [
    `${step.label} (npm run ${step.script})`,
    outcome.status === 'skipped' ? `skipped: needs ${outcome.because.join(', ')}` : outcome.status === 'failed' ? `FAILED (exit ${outcome.exitCode})` : 'passed',
    outcome.status === 'skipped' ? '–' : duration(outcome.seconds),
  ]);
  // A batch counts once, for the longer of its step and its lane: the total is the wall clock's.
  const batchSeconds: { head: number; lane: number }[] = [];
  for (const { step, outcome } of results) {
    const seconds = outcome.status === 'skipped' ? 0 : outcome.seconds;
    const batch = batchSeconds.at(-1);
    if (step.alongside && batch) batch.lane += seconds;
    else batchSeconds.push({ head: seconds, lane: 0 });
  }
  const total = batchSeconds.reduce((sum, { head, lane }) => sum + Math.max(head, lane), 0);
  rows.push(['Total', '', duration(total)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([step, status, time]) => `${step!.padEnd(widths[0]!)}  ${status!.padEnd(widths[1]!)}  ${time!.padStart(12)}`.trimEnd()).join('\n');
}
