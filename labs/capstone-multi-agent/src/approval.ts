// Milestone 3, part 2: does this decision approve this request? A well-formed
// "approved: true" is not enough. An approval is a capability: it must be for
// this request, from someone allowed to give it, and used at most once.
import type { ApprovalRequest, HumanDecision } from './approval-request.ts';

export interface Outcome {
  approved: boolean;
  /** Who decided: the reviewer, or "gate" when the decision was not valid. */
  by: string;
  reason: string;
}

/**
 * Checks, in this order:
 * 1. the decision names this request's approvalId (else it is a replay of an
 *    approval given for something else: the reason names the approvalId it was given for);
 * 2. the approvalId is not in `spent` (else it is a replay of one already used);
 * 3. the reviewer is not the caller who filed the ticket (nobody approves their own request);
 * 4. then the reviewer's own answer: approved, or declined with their note.
 * An invalid decision is a refusal by "gate", never an error: the run goes on, and no action happens.
 */
export function checkDecision(request: ApprovalRequest, decision: HumanDecision, spent: ReadonlySet<string>): Outcome {
  // TODO: the checks above, each invalid case with a reason that says what was wrong.
  return { approved: decision.approved, by: decision.reviewer, reason: decision.note ?? 'approved' };
}
