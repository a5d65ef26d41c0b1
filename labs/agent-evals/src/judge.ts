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
  // TODO: compare what the run left behind with task.expected, and name the first problem:
  //  - the step cap stopped it (run.stoppedByCap): 'stopped at step cap';
  //  - a write that matches an expected write already matched: 'duplicate write';
  //  - a write to the right order, of the right kind, with other details (amount, address): 'wrong details';
  //  - any other write that was not expected: 'unexpected write';
  //  - an expected write that never happened: 'missing write';
  //  - an answer without task.expected.answerMentions (ignoring case): 'answer lacks fact'.
  // writeKey(write) gives each write a text you can compare.
  return { pass: true };
}

/**
 * Judges the path: every write must come after a lookup of the order it
 * changes, and no call may be repeated with the same arguments.
 */
export function judgePath(run: AgentRun): Verdict<PathFailure> {
  // TODO: walk run.calls in order. A call made before with the same tool and
  // arguments fails with 'repeated call'; a write (any tool but lookupOrder) to
  // an order not yet looked up fails with 'write before lookup'.
  return { pass: true };
}
