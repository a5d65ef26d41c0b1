// The operations desk as a LangGraph graph: a supervisor routes each ticket to
// a worker agent, a worker may hand off once, and every proposed action passes
// the gate (policy, then a person above the threshold) before the act node
// performs it through MCP.
//
//   START → intake → supervisor ─┬─ billing ─┬─ (hand-off) → ops ─┐
//                                ├─ ops ─────┼─ (hand-off) → billing
//                                │           └────────────→ gate → act → reply → END
//                                └─ refuse → END
import { AsyncLocalStorage } from 'node:async_hooks';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { END, MemorySaver, START, StateGraph, interrupt } from '@langchain/langgraph/web';
import { describeAction, type Action } from './actions.ts';
import { checkDecision } from './approval.ts';
import { approvalRequest, readDecision } from './approval-request.ts';
import type { Host } from './host.ts';
import { routeWith } from './model.ts';
import { authorise } from './policy.ts';
import { afterSupervisor, afterWorker } from './route.ts';
import { DeskState, type DeskStateValue, type GateDecision } from './state.ts';
import { workerTurn } from './worker.ts';
import { callerById } from './world.ts';

// interrupt() finds the graph it runs in through an AsyncLocalStorage, which
// the web entry does not install; the first one installed wins.
AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());

export interface DeskOptions {
  host: Host;
  /** Approval ids already used, across every ticket the desk has handled. */
  spentApprovals?: Set<string>;
}

/** The gate: the policy's verdict on each proposal, and a person's decision where the policy asks for one. */
function gate(state: DeskStateValue, spent: ReadonlySet<string>): GateDecision[] {
  const caller = state.caller!;
  return state.proposals.map(({ agent, action }) => {
    const verdict = authorise(action, agent, caller);
    if (verdict.decision === 'deny') return { agent, action, go: false, by: 'policy', reason: verdict.reason, stoppedBy: 'policy' };
    if (verdict.decision === 'allow') return { agent, action, go: true, by: 'policy', reason: verdict.reason };
    // On resume the node runs again from its first line, and interrupt() returns the decision.
    const request = approvalRequest(state.ticket.id, caller, action, verdict.reason);
    const outcome = checkDecision(request, readDecision(interrupt(request)), spent);
    return outcome.approved
      ? { agent, action, go: true, by: outcome.by, reason: outcome.reason, approvalId: request.approvalId }
      : { agent, action, go: false, by: outcome.by, reason: outcome.reason, stoppedBy: 'approval' };
  });
}

function replyFor(state: DeskStateValue): string {
  const done = state.decisions.filter((decision) => decision.go).map((decision) => describeAction(decision.action));
  const stopped = state.decisions.filter((decision) => !decision.go).map((decision) => `${describeAction(decision.action)} (${decision.reason})`);
  const parts = [`Ticket ${state.ticket.id}:`];
  parts.push(done.length ? `done: ${done.join('; ')}.` : 'no action taken.');
  if (stopped.length) parts.push(`Not done: ${stopped.join('; ')}.`);
  return parts.join(' ');
}

export function buildDeskGraph({ host, spentApprovals = new Set() }: DeskOptions) {
  return new StateGraph(DeskState)
    .addNode('intake', (state) => ({ caller: callerById(state.ticket.from) ?? null, handoff: null, decisions: [] }))
    .addNode('supervisor', async (state) => ({ route: state.caller ? await routeWith(state.ticket.text) : 'none' }))
    .addNode('billing', (state) => workerTurn('billing', state, host))
    .addNode('ops', (state) => workerTurn('ops', state, host))
    .addNode('gate', (state) => ({ decisions: gate(state, spentApprovals) }))
    .addNode('act', async (state) => {
      const performed: Action[] = [];
      for (const decision of state.decisions.filter((entry) => entry.go)) {
        const { tool, ...args } = decision.action;
        await host.call(tool, args);
        if (decision.approvalId) spentApprovals.add(decision.approvalId);
        performed.push(decision.action);
      }
      return { performed };
    })
    .addNode('reply', (state) => ({ response: replyFor(state) }))
    .addNode('refuse', (state) => ({
      response: state.caller ? `Ticket ${state.ticket.id}: this desk handles billing and services only.` : `Ticket ${state.ticket.id}: the sender is not known to the desk.`,
    }))
    .addEdge(START, 'intake')
    .addEdge('intake', 'supervisor')
    .addConditionalEdges('supervisor', afterSupervisor, ['billing', 'ops', 'refuse'])
    .addConditionalEdges('billing', afterWorker, ['ops', 'gate'])
    .addConditionalEdges('ops', afterWorker, ['billing', 'gate'])
    .addEdge('gate', 'act')
    .addEdge('act', 'reply')
    .addEdge('reply', END)
    .addEdge('refuse', END)
    .compile({ checkpointer: new MemorySaver() });
}

export type DeskGraph = ReturnType<typeof buildDeskGraph>;
