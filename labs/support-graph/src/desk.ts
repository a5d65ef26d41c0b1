// How the rest of the system talks to the graph: which thread a ticket is, what
// a paused run is waiting for, and how a person's decision gets back in.
import { Command, INTERRUPT, isInterrupted } from '@langchain/langgraph/web';
import { readDecision, type ApprovalRequest } from './approval.ts';
import type { buildSupportGraph } from './graph.ts';

type SupportGraph = ReturnType<typeof buildSupportGraph>;

/** The LangGraph config that picks one ticket's thread out of the checkpointer. */
export const threadFor = (ticketId: string) => ({ configurable: { thread_id: ticketId } });

/** The approval requests a run stopped on (empty when the run finished). */
export function pendingApprovals(result: unknown): ApprovalRequest[] {
  return isInterrupted<ApprovalRequest>(result) ? result[INTERRUPT].map((entry) => entry.value as ApprovalRequest) : [];
}

/**
 * Resumes a paused ticket with a person's decision. The decision is checked
 * here, before it reaches the graph: a resume value is saved with the
 * checkpoint, and one that makes the node throw is used again on every later
 * resume of that thread, so a bad one must never get in.
 */
export function decide(graph: SupportGraph, ticketId: string, decision: unknown) {
  const checked = readDecision(decision);
  return graph.invoke(new Command({ resume: checked }), threadFor(ticketId));
}
