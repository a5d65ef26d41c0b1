import { spawn } from 'node:child_process';

export interface LabTestOutcome {
  pass: number;
  fail: number;
  exitCode: number;
  seconds: number;
  output: string;
}

/** Counts from the TAP summary that node:test prints ("# pass 3", "# fail 1"). */
export function parseTapSummary(tap: string): { pass: number; fail: number } {
  const count = (name: string): number => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { pass: count('pass'), fail: count('fail') };
}

/** A lab whose tests take longer than this is stopped and counted as failing, so one hung test cannot hang CI. */
const LAB_TEST_DEADLINE_MS = 120_000;

/** Runs the lab's own `npm test` in `dir`, with node:test's TAP reporter. */
export function runLabTests(dir: string, env: NodeJS.ProcessEnv = {}, deadlineMs = LAB_TEST_DEADLINE_MS): Promise<LabTestOutcome> {
  const started = performance.now();
  // node:test marks its child processes with NODE_TEST_CONTEXT; a lab run from a test must not inherit it.
  const { NODE_TEST_CONTEXT: _ignored, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['test', '--silent'], {
      cwd: dir,
      // Its own process group, so that the deadline can stop npm and the test processes it started.
      detached: true,
      env: { ...inherited, ...env, NODE_OPTIONS: '--test-reporter=tap', LAB_PROVIDER: 'stand-in' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const deadline = setTimeout(() => {
      output += `\nStopped: npm test in ${dir} ran for more than ${deadlineMs / 1000} s.\n`;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, deadlineMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(deadline);
      resolve({ ...parseTapSummary(output), exitCode: code ?? 1, seconds: (performance.now() - started) / 1000, output });
    });
  });
}
