// Milestone 3, part 1: may this action happen? The policy reads the action, the
// agent that proposed it and the caller the ticket came from, and nothing
// else: not the ticket's text, not the model's reasons, not a hand-off note.
import type { Action } from './actions.ts';
import { agents, type AgentName } from './agents.ts';
import { CREDIT_AUTO_LIMIT_PENCE, CREDIT_CAP_PENCE, PLATFORM_OWNER } from './policy-rules.ts';
import { accountById, serviceById, type Caller } from './world.ts';

/** allow: do it now. ask: a person must approve it first. deny: never, and nobody is asked. */
export type Verdict = { decision: 'allow' | 'ask' | 'deny'; reason: string };

/**
 * The rules, checked in this order; the first that applies decides:
 * 1. deny a tool that is not on the proposing agent's list;
 * 2. deny an action on an account or service that does not exist;
 * 3. issue_credit: deny unless the caller is staff or the account is the
 *    caller's own; deny an amount that is not a whole number of pence above 0,
 *    or above CREDIT_CAP_PENCE for the caller's role; ask above
 *    CREDIT_AUTO_LIMIT_PENCE; otherwise allow;
 * 4. restart_service: deny unless the caller is staff or owns the service
 *    (service.owner === caller.account); ask when the service belongs to the
 *    platform; otherwise allow;
 * 5. delete_backups: deny unless the caller is staff; otherwise ask.
 * The caller is whoever filed the ticket, whichever agent is acting for them:
 * an agent never lends its own reach to a caller (the confused deputy).
 */
export function authorise(action: Action, agent: AgentName, caller: Caller): Verdict {
  // TODO: the rules above. Give each verdict a reason a reviewer can read,
  // for example "ACC-2 is not Dana's account".
  return { decision: 'allow', reason: 'no policy yet' };
}
