// What a run in which every test passed is worth for progress. It counts as the
// learner's own pass only on the lab's own tests and without the solution shown;
// the learner may still edit and run the tests, and is told why the pass does not count.
import type { LabSession } from '../session/lab-session.ts';

export type PassKind = 'own' | 'with-solution' | 'edited-tests';

export interface PassStanding {
  kind: PassKind;
  /** Said beside "n of n tests pass" when the pass is not the learner's own. */
  note?: string;
}

export function passStanding(session: LabSession): PassStanding {
  const edited = session.editedTests;
  if (edited.length > 0) {
    const files = edited.join(', ');
    return { kind: 'edited-tests', note: `This pass does not count: ${files} ${edited.length === 1 ? 'differs' : 'differ'} from the lab’s own tests.` };
  }
  if (session.solutionSeen) return { kind: 'with-solution', note: 'Counted as passed with the solution. Reset and pass again on your own code for it to count as passed.' };
  return { kind: 'own' };
}
