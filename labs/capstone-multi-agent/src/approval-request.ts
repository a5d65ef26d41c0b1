// What the gate asks a person, and how it reads the answer. The answer comes
// from outside the graph (a web form, a chat button), so its shape is checked
// here before it may resume a run.
import * as z from 'zod';
import { actionKey, describeAction, type Action } from './actions.ts';
import type { Caller } from './world.ts';

/** What interrupt() hands to the reviewer. */
export interface ApprovalRequest {
  /** Names this ticket and this exact action: an approval is good for nothing else. */
  approvalId: string;
  ticketId: string;
  caller: string;
  action: string;
  why: string;
}

export const approvalIdFor = (ticketId: string, action: Action): string => `${ticketId}:${actionKey(action)}`;

export function approvalRequest(ticketId: string, caller: Caller, action: Action, why: string): ApprovalRequest {
  return { approvalId: approvalIdFor(ticketId, action), ticketId, caller: caller.id, action: describeAction(action), why };
}

const decisionSchema = z.object({
  approvalId: z.string().min(1),
  approved: z.boolean(),
  reviewer: z.string().min(1),
  note: z.string().optional(),
});

/** What the reviewer sends back. */
export type HumanDecision = z.infer<typeof decisionSchema>;

/** Checks a decision's shape: a malformed one is an error naming the field. */
export function readDecision(value: unknown): HumanDecision {
  const parsed = decisionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`approval: the decision's field "${issue.path.join('.') || '(root)'}" is invalid: ${issue.message}. Send { approvalId, approved, reviewer, note? }.`);
}
