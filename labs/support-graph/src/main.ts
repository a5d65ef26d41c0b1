import { buildSupportGraph } from './graph.ts';
import { createFakePayments } from './payments.ts';
import { decide, pendingApprovals, threadFor } from './desk.ts';
import { createRefundTool } from './refund-tool.ts';
import { pounds, ticketById } from './tickets.ts';

const payments = createFakePayments();
const trace: string[] = [];
const graph = buildSupportGraph({ refunds: createRefundTool(payments), trace });

/** Runs one ticket; a run that pauses for approval is resumed with the reviewer's decision. */
async function handle(ticketId: string, decision?: { approved: boolean; reviewer: string; note?: string }) {
  trace.length = 0;
  const thread = threadFor(ticketId);
  let result = await graph.invoke({ ticket: ticketById(ticketId) }, thread);
  const [waiting] = pendingApprovals(result);
  if (waiting) {
    console.log(`${ticketId} paused: ${pounds(waiting.amountPence)} for ${waiting.customer} needs a person. Next node: ${(await graph.getState(thread)).next.join(', ')}.`);
    if (decision) result = await decide(graph, ticketId, decision);
  }
  console.log(`${ticketId} ${result.intent}: ${result.response ?? '(still waiting)'}`);
  console.log(`   nodes run: ${trace.join(' → ')}`);
}

await handle('T-1001');
await handle('T-1002');
await handle('T-1003', { approved: true, reviewer: 'Sam' });
await handle('T-1004', { approved: false, reviewer: 'Sam', note: 'The warranty covers a repair; we have sent a returns label.' });

// Time travel: run T-1003 again from the checkpoint saved just before its refund.
const history = [];
for await (const snapshot of graph.getStateHistory(threadFor('T-1003'))) history.push(snapshot);
const beforeRefund = history.find((snapshot) => snapshot.next.includes('refund'));
if (beforeRefund) {
  trace.length = 0;
  const replayed = await graph.invoke(null, beforeRefund.config);
  console.log(`Replayed T-1003 from the checkpoint before "refund": ${trace.join(' → ')}; receipt ${replayed.receipt?.refundId}.`);
}

const total = payments.refunds.reduce((sum, refund) => sum + refund.amountPence, 0);
console.log(`Money moved: ${payments.refunds.length} refunds, ${pounds(total)} (${payments.refunds.map((refund) => `${refund.ticketId} ${pounds(refund.amountPence)}`).join(', ')}).`);
