// Milestone 2: where the ticket goes next. Two routers: after the supervisor,
// and after each worker agent. Both read the state only.
import type { AgentName } from './agents.ts';
import type { DeskStateValue } from './state.ts';

/** At most this many hand-offs between agents per ticket. */
export const MAX_HANDOFFS = 1;

/**
 * After the supervisor: to the agent it chose. A ticket whose sender is
 * unknown (no caller), or that the supervisor routed to "none", goes to
 * "refuse": no agent works it.
 */
export function afterSupervisor(state: DeskStateValue): AgentName | 'refuse' {
  if (!state.caller || state.route === 'none') return 'refuse';
  return state.route;
}

/**
 * After a worker: to the agent it handed off to, if it handed off, that agent
 * has not already worked this ticket (state.visited), and fewer than
 * MAX_HANDOFFS hand-offs have happened (each agent after the first in
 * state.visited is one). Otherwise to "gate", which decides on every proposed action.
 */
export function afterWorker(state: DeskStateValue): AgentName | 'gate' {
  const handoff = state.handoff;
  if (!handoff || state.visited.includes(handoff.to)) return 'gate';
  const handoffsSoFar = state.visited.length - 1;
  return handoffsSoFar < MAX_HANDOFFS ? handoff.to : 'gate';
}
