// What the desk asks a person, and how it reads the answer. The answer comes
// from outside the graph (a web form, a chat button), so it is checked here.
import * as z from 'zod';

/** Refunds above this many pence wait for a person; £100.00 and under go through. */
export const APPROVAL_THRESHOLD_PENCE = 10_000;

/** What interrupt() hands to the caller: everything a reviewer needs to decide. */
export interface ApprovalRequest {
  ticketId: string;
  customer: string;
  amountPence: number;
  message: string;
}

const decisionSchema = z.object({
  approved: z.boolean(),
  reviewer: z.string().min(1),
  note: z.string().optional(),
});

/** What the reviewer sends back; decide() in src/desk.ts resumes the run with it. */
export type HumanDecision = z.infer<typeof decisionSchema>;

/** Checks a decision before it may resume a run: a malformed one is an error naming the field. */
export function readDecision(value: unknown): HumanDecision {
  const parsed = decisionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`approval: the resume value's field "${issue.path.join('.') || '(root)'}" is invalid: ${issue.message}. Send { approved: boolean, reviewer: string, note?: string }.`);
}
