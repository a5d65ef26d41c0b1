// Shared set-up for the tests: a fresh desk (payments, refund tool, graph) per test.
import { buildSupportGraph } from '../src/graph.ts';
import { createFakePayments } from '../src/payments.ts';
import { createRefundTool } from '../src/refund-tool.ts';
import type { Ticket } from '../src/tickets.ts';

export function freshDesk(options: { loseAnswers?: number } = {}) {
  const payments = createFakePayments(options);
  const trace: string[] = [];
  const graph = buildSupportGraph({ refunds: createRefundTool(payments), trace });
  return { payments, trace, graph };
}

/** A refund ticket for any amount, to probe the threshold. */
export const refundTicket = (id: string, orderTotalPence: number): Ticket => ({
  id,
  customer: 'Test',
  message: 'Please refund my order.',
  orderTotalPence,
});
