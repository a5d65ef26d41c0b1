import type { AgentRun } from './agent.ts';
import type { Write } from './shop.ts';
import type { Task } from './tasks.ts';

/** Why a run's outcome is wrong: what it left behind, or what it said. */
export type OutcomeFailure = 'stopped at step cap' | 'duplicate write' | 'wrong details' | 'unexpected write' | 'missing write' | 'answer lacks fact';
/** Why a run's path is wrong, whatever it achieved. */
export type PathFailure = 'write before lookup' | 'repeated call';

export interface Verdict<Reason extends string> {
  pass: boolean;
  /** Set when pass is false. */
  reason?: Reason;
}

const writeKey = (write: Write): string => JSON.stringify(Object.entries(write).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Judges the outcome: the writes the run made must be exactly the task's
 * expected writes (in any order), and its answer must mention the expected fact.
 */
export function judgeOutcome(task: Task, run: AgentRun): Verdict<OutcomeFailure> {
  const fail = (reason: OutcomeFailure): Verdict<OutcomeFailure> => ({ pass: false, reason });
  if (run.stoppedByCap) return fail('stopped at step cap');
  const expected = task.expected.writes.map(writeKey);
  const unmatched = [...expected];
  for (const write of run.writes) {
    const key = writeKey(write);
    const at = unmatched.indexOf(key);
    if (at >= 0) {
      unmatched.splice(at, 1);
      continue;
    }
    if (expected.includes(key)) return fail('duplicate write');
    const sameTarget = task.expected.writes.some((wanted) => wanted.kind === write.kind && wanted.orderId === write.orderId);
    return fail(sameTarget ? 'wrong details' : 'unexpected write');
  }
  if (unmatched.length > 0) return fail('missing write');
  if (!run.answer.toLowerCase().includes(task.expected.answerMentions.toLowerCase())) return fail('answer lacks fact');
  return { pass: true };
}

/**
 * Judges the path: every write must come after a lookup of the order it
 * changes, and no call may be repeated with the same arguments.
 */
export function judgePath(run: AgentRun): Verdict<PathFailure> {
  const lookedUp = new Set<string>();
  const seen = new Set<string>();
  for (const call of run.calls) {
    const key = JSON.stringify([call.tool, Object.entries(call.args).sort(([a], [b]) => a.localeCompare(b))]);
    if (seen.has(key)) return { pass: false, reason: 'repeated call' };
    seen.add(key);
    const orderId = String(call.args.orderId);
    if (call.tool === 'lookupOrder') lookedUp.add(orderId);
    else if (!lookedUp.has(orderId)) return { pass: false, reason: 'write before lookup' };
  }
  return { pass: true };
}
