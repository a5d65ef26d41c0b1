// How the rest of the system talks to the graph: which thread a run is, what a
// paused run waits for, and how a person's decision gets back in.
import { Command, INTERRUPT, isInterrupted } from '@langchain/langgraph/web';
import { readDecision, type ApprovalRequest } from './approval-request.ts';
import type { DeskGraph } from './graph.ts';

/** One thread per run of a ticket: a ticket sent twice is two runs. */
export const threadFor = (runId: string) => ({ configurable: { thread_id: runId } });

/** The approval requests a run stopped on (empty when the run finished). */
export function pendingApprovals(result: unknown): ApprovalRequest[] {
  return isInterrupted<ApprovalRequest>(result) ? result[INTERRUPT].map((entry) => entry.value as ApprovalRequest) : [];
}

/**
 * Resumes a paused run with a person's decision. Its shape is checked here,
 * before it reaches the graph: a resume value is saved with the checkpoint, and
 * one that makes the node throw would be used again on every later resume.
 */
export function decide(graph: DeskGraph, runId: string, decision: unknown) {
  return graph.invoke(new Command({ resume: readDecision(decision) }), threadFor(runId));
}
