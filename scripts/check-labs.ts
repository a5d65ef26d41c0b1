// `npm run check:labs`: every lab's tests fail on its starter and pass with its
// solution laid over, in plain Node, and so does each task that names tests (a
// capstone's milestones): none passes on the starter, every one with the solution.
// Prints a table; exits 1 when a lab breaks that rule.
import { join } from 'node:path';
import { materializeLab } from './lib/materialize-lab.ts';
import { runLabTests, type LabTestOutcome } from './lib/run-lab-tests.ts';
import { loadLabsOrExit } from './lib/load-labs-or-exit.ts';
import { tapResults } from './lib/tap-results.ts';
import { taskProgress } from '../src/runtime/workbench/task-progress.ts';
import type { LabSource } from '../src/labs/load.ts';

const labs = loadLabsOrExit();
const only = process.argv.slice(2);
const selected = only.length > 0 ? labs.filter((lab) => only.includes(lab.slug)) : labs;
const workDir = join(process.cwd(), '.cache', 'check-labs');

interface Row {
  lab: string;
  starter: LabTestOutcome;
  solution: LabTestOutcome;
  /** Tasks (numbered from 1) that pass on the starter, and tasks that do not pass with the solution. */
  passOnStarter: number[];
  failWithSolution: number[];
}

/** The numbers of the tasks that name tests and whose standing after this run is (or is not) `passed`. */
function tasksWhere(lab: LabSource, outcome: LabTestOutcome, passed: boolean): number[] {
  const progress = taskProgress(lab.manifest.tasks, tapResults(outcome.output));
  return progress.flatMap(({ state }, index) => (state !== 'untested' && (state === 'passed') === passed ? [index + 1] : []));
}

const rows: Row[] = [];
for (const lab of selected) {
  const [starter, solution] = await Promise.all(
    (['starter', 'solution'] as const).map((variant) => runLabTests(materializeLab(lab, variant, join(workDir, lab.slug, variant)))),
  );
  rows.push({ lab: lab.slug, starter: starter!, solution: solution!, passOnStarter: tasksWhere(lab, starter!, true), failWithSolution: tasksWhere(lab, solution!, false) });
}

const starterFails = (row: Row): boolean => row.starter.fail > 0 && row.starter.exitCode !== 0 && row.passOnStarter.length === 0;
const solutionPasses = (row: Row): boolean => row.solution.fail === 0 && row.solution.pass > 0 && row.solution.exitCode === 0 && row.failWithSolution.length === 0;
const mark = (ok: boolean, outcome: LabTestOutcome): string => `${ok ? 'yes' : 'NO '} (${outcome.pass} pass, ${outcome.fail} fail)`;

const width = Math.max(4, ...rows.map((row) => row.lab.length));
console.log(`${'lab'.padEnd(width)} | starter fails         | solution passes       | seconds`);
console.log(`${'-'.repeat(width)}-|-----------------------|-----------------------|--------`);
for (const row of rows) {
  const seconds = Math.max(row.starter.seconds, row.solution.seconds).toFixed(1);
  console.log(`${row.lab.padEnd(width)} | ${mark(starterFails(row), row.starter).padEnd(21)} | ${mark(solutionPasses(row), row.solution).padEnd(21)} | ${seconds}`);
}

const tasksNamed = (numbers: number[]): string => numbers.map((number) => `task ${number}`).join(', ');
const verb = (numbers: number[], one: string, many: string): string => (numbers.length === 1 ? one : many);

/** Why the row broke the rule, and on which variant. */
function problem(row: Row): { variant: 'starter' | 'solution'; why: string } {
  if (!solutionPasses(row)) {
    const why =
      row.failWithSolution.length > 0 && row.solution.fail === 0
        ? `${tasksNamed(row.failWithSolution)} of lab.json ${verb(row.failWithSolution, 'does', 'do')} not pass with the solution (a test it names did not run)`
        : 'the tests do not all pass on the solution';
    return { variant: 'solution', why };
  }
  const why =
    row.passOnStarter.length > 0
      ? `${tasksNamed(row.passOnStarter)} of lab.json already ${verb(row.passOnStarter, 'passes', 'pass')} on the starter (every test it names passes)`
      : 'no test fails on the starter';
  return { variant: 'starter', why };
}

const broken = rows.filter((row) => !starterFails(row) || !solutionPasses(row));
for (const row of broken) {
  const { variant, why } = problem(row);
  console.error(`\n✖ labs/${row.lab}: ${why}. Output of npm test on the ${variant}:\n${row[variant].output}`);
}
if (rows.length === 0) console.log('(no labs)');
process.exit(broken.length > 0 ? 1 : 0);
