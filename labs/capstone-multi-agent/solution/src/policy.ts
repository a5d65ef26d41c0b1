// Milestone 3, part 1: may this action happen? The policy reads the action, the
// agent that proposed it and the caller the ticket came from, and nothing
// else: not the ticket's text, not the model's reasons, not a hand-off note.
import { describeAction, type Action } from './actions.ts';
import { agents, type AgentName } from './agents.ts';
import { CREDIT_AUTO_LIMIT_PENCE, CREDIT_CAP_PENCE, PLATFORM_OWNER } from './policy-rules.ts';
import { accountById, pounds, serviceById, type Caller } from './world.ts';

/** allow: do it now. ask: a person must approve it first. deny: never, and nobody is asked. */
export type Verdict = { decision: 'allow' | 'ask' | 'deny'; reason: string };

const allow = (reason: string): Verdict => ({ decision: 'allow', reason });
const ask = (reason: string): Verdict => ({ decision: 'ask', reason });
const deny = (reason: string): Verdict => ({ decision: 'deny', reason });

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
  if (!agents[agent].tools.includes(action.tool)) return deny(`the ${agent} agent has no ${action.tool} tool`);
  const staff = caller.role === 'staff';
  if (action.tool === 'issue_credit') {
    const account = action.account === undefined ? undefined : accountById(action.account);
    if (!account) return deny(`there is no account ${action.account ?? '(none named)'}`);
    if (!staff && account.id !== caller.account) return deny(`${account.id} is not ${caller.name}'s account`);
    const amount = action.amountPence ?? 0;
    if (!Number.isInteger(amount) || amount <= 0) return deny(`a credit must be a whole number of pence above 0, not ${amount}`);
    const cap = CREDIT_CAP_PENCE[caller.role];
    if (amount > cap) return deny(`${pounds(amount)} is over the ${pounds(cap)} a ${caller.role}'s ticket may credit`);
    if (amount > CREDIT_AUTO_LIMIT_PENCE) return ask(`${pounds(amount)} is over the ${pounds(CREDIT_AUTO_LIMIT_PENCE)} the policy approves alone`);
    return allow(`${pounds(amount)} is within the policy's limit`);
  }
  const service = action.service === undefined ? undefined : serviceById(action.service);
  if (!service) return deny(`there is no service ${action.service ?? '(none named)'}`);
  if (action.tool === 'restart_service') {
    if (!staff && service.owner !== caller.account) return deny(`${service.id} does not belong to ${caller.name}`);
    if (service.owner === PLATFORM_OWNER) return ask(`${service.id} is a platform service`);
    return allow(`${caller.name} may restart ${service.id}`);
  }
  if (!staff) return deny(`only staff may ${describeAction(action)}`);
  return ask('deleting backups cannot be undone');
}
