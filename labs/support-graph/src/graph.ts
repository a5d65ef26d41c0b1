// The support desk as a LangGraph graph: classify a ticket, answer it or refund
// it, and stop for a person before any refund above the threshold.
//
//   START → classify ─┬─ question → answer → END
//                     └─ refund → approve ─┬─ approved → refund → reply → END
//                                          └─ declined ──────────→ reply → END
import { AsyncLocalStorage } from 'node:async_hooks';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { END, MemorySaver, START, StateGraph, interrupt, type BaseCheckpointSaver } from '@langchain/langgraph/web';
import { APPROVAL_THRESHOLD_PENCE, type ApprovalRequest, type HumanDecision } from './approval.ts';
import { answerQuestion, classifyTicket } from './model.ts';
import type { RefundTool } from './refund-tool.ts';
import { SupportState, type SupportStateValue } from './state.ts';
import { pounds } from './tickets.ts';

// interrupt() finds the graph it is running in through an AsyncLocalStorage.
// The web entry installs none, so install one (the first one installed wins).
AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());

export interface SupportGraphOptions {
  refunds: RefundTool;
  checkpointer?: BaseCheckpointSaver;
  /** Each node's name is pushed here every time the node starts, to show what ran again. */
  trace?: string[];
}

/** After classify: which node handles the ticket next. */
export function routeTicket(state: SupportStateValue): 'answer' | 'approve' {
  // TODO: send a ticket that asks for a refund (state.intent) to 'approve';
  // every other ticket goes to 'answer'.
  return 'answer';
}

export function buildSupportGraph({ refunds, checkpointer = new MemorySaver(), trace = [] }: SupportGraphOptions) {
  return new StateGraph(SupportState)
    .addNode('classify', async (state) => {
      trace.push('classify');
      return { intent: await classifyTicket(state.ticket.message) };
    })
    .addNode('answer', async (state) => {
      trace.push('answer');
      return { response: await answerQuestion(state.ticket.message) };
    })
    .addNode('approve', (state) => {
      trace.push('approve');
      // TODO: a refund above APPROVAL_THRESHOLD_PENCE must wait for a person.
      // Pause the run with interrupt(), handing it an ApprovalRequest, and
      // record the HumanDecision it returns when the run is resumed. At or
      // under the threshold, the policy approves the refund on its own.
      return { approval: { approved: true, by: 'policy' } };
    })
    .addNode('refund', async (state) => {
      trace.push('refund');
      return { receipt: await refunds.issue(state.ticket.id, state.ticket.orderTotalPence) };
    })
    .addNode('reply', (state) => {
      trace.push('reply');
      const { customer, orderTotalPence } = state.ticket;
      if (state.receipt) return { response: `Dear ${customer}, we have refunded ${pounds(state.receipt.amountPence)} (${state.receipt.refundId}).` };
      const why = state.approval?.note ? ` ${state.approval.note}` : '';
      return { response: `Dear ${customer}, we cannot refund ${pounds(orderTotalPence)} this time.${why}` };
    })
    .addEdge(START, 'classify')
    .addConditionalEdges('classify', routeTicket, ['answer', 'approve'])
    .addConditionalEdges('approve', (state) => (state.approval?.approved ? 'refund' : 'reply'), ['refund', 'reply'])
    .addEdge('refund', 'reply')
    .addEdge('answer', END)
    .addEdge('reply', END)
    .compile({ checkpointer });
}
