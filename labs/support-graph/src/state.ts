// The state every node of the support graph reads, and writes a part of.
import { Annotation } from '@langchain/langgraph/web';
import type { Intent } from './model.ts';
import type { RefundReceipt } from './payments.ts';
import type { Ticket } from './tickets.ts';

/** Who allowed a refund: the policy (small refunds) or a named reviewer. */
export interface Approval {
  approved: boolean;
  by: string;
  note?: string;
}

// A node returns only the fields it changes; LangGraph merges them into the
// state and saves a checkpoint after every step. Field names must differ from
// node names, hence receipt (not refund) and response (not reply).
export const SupportState = Annotation.Root({
  ticket: Annotation<Ticket>,
  intent: Annotation<Intent>,
  approval: Annotation<Approval | undefined>,
  receipt: Annotation<RefundReceipt | undefined>,
  response: Annotation<string>,
});
export type SupportStateValue = typeof SupportState.State;
