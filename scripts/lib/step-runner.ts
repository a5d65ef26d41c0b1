// Runs `npm test`'s steps one after another. A failed step does not stop the others:
// every step whose prerequisites passed still runs, so one failure cannot hide another.

export interface Step {
  label: string;
  /** The npm script that runs it. */
  script: string;
  /** Scripts of the steps that must pass first (e2e and the PDF both need the build). */
  needs?: string[];
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

export async function runSteps(steps: Step[], { run, now = () => performance.now(), skipped }: StepHooks): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const passed = new Set<string>();
  for (const [index, step] of steps.entries()) {
    const unmet = (step.needs ?? []).filter((script) => !passed.has(script));
    if (unmet.length > 0) {
      skipped?.(step, unmet);
      results.push({ step, outcome: { status: 'skipped', because: unmet } });
      continue;
    }
    const started = now();
    const exitCode = await run(step, index);
    const seconds = (now() - started) / 1000;
    if (exitCode === 0) passed.add(step.script);
    results.push({ step, outcome: { status: exitCode === 0 ? 'passed' : 'failed', seconds, exitCode } });
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
  const total = results.reduce((sum, { outcome }) => sum + (outcome.status === 'skipped' ? 0 : outcome.seconds), 0);
  rows.push(['Total', '', duration(total)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(([step, status, time]) => `${step!.padEnd(widths[0]!)}  ${status!.padEnd(widths[1]!)}  ${time!.padStart(12)}`.trimEnd()).join('\n');
}
