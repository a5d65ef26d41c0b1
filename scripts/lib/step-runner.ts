// Runs `npm test`'s steps in order; a step marked `alongside` runs at the same time as the step
// before it. A failed step does not stop the others: every step whose prerequisites passed still
// runs, so one failure cannot hide another.

export interface Step {
  label: string;
  /** The npm script that runs it. */
  script: string;
  /** Scripts of the steps that must pass first (e2e and the PDF both need the build). */
  needs?: string[];
  /**
   * Starts together with the step before it instead of after it. For a step that leaves a core idle
   * much of the time (the PDF export lays the book out on one thread) beside one that does not.
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

/** The steps in batches: each batch is a step and the `alongside` steps after it. */
function batches(steps: Step[]): { step: Step; index: number }[][] {
  const grouped: { step: Step; index: number }[][] = [];
  steps.forEach((step, index) => {
    const batch = step.alongside ? grouped.at(-1) : undefined;
    if (batch) {
      const inBatch = batch.find(({ step: earlier }) => step.needs?.includes(earlier.script));
      if (inBatch) throw new Error(`step-runner: "${step.script}" needs "${inBatch.step.script}", so it cannot run alongside it`);
      batch.push({ step, index });
    } else grouped.push([{ step, index }]);
  });
  return grouped;
}

export async function runSteps(steps: Step[], { run, now = () => performance.now(), skipped }: StepHooks): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const passed = new Set<string>();
  for (const batch of batches(steps)) {
    const outcomes = await Promise.all(
      batch.map(async ({ step, index }): Promise<StepOutcome> => {
        const unmet = (step.needs ?? []).filter((script) => !passed.has(script));
        if (unmet.length > 0) {
          skipped?.(step, unmet);
          return { status: 'skipped', because: unmet };
        }
        const started = now();
        const exitCode = await run(step, index);
        return { status: exitCode === 0 ? 'passed' : 'failed', seconds: (now() - started) / 1000, exitCode };
      }),
    );
    batch.forEach(({ step }, position) => {
      const outcome = outcomes[position]!;
      if (outcome.status === 'passed') passed.add(step.script);
      results.push({ step, outcome });
    });
  }
  return results;
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
  // Steps that ran alongside each other count once, for the longest of them: the total is the wall clock's.
  const batchSeconds: number[] = [];
  for (const { step, outcome } of results) {
    const seconds = outcome.status === 'skipped' ? 0 : outcome.seconds;
    if (step.alongside && batchSeconds.length > 0) batchSeconds.push(Math.max(batchSeconds.pop()!, seconds));
    else batchSeconds.push(seconds);
  }
  const total = batchSeconds.reduce((sum, seconds) => sum + seconds, 0);
  rows.push(['Total', '', duration(total)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([step, status, time]) => `${step!.padEnd(widths[0]!)}  ${status!.padEnd(widths[1]!)}  ${time!.padStart(12)}`.trimEnd()).join('\n');
}
