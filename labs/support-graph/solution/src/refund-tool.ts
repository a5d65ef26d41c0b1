// The only code in the desk that moves money. A graph can run a node again (a
// resume, a replay from a checkpoint, a retry after a crash), so this tool must
// give the same answer, and move money once, however often it is called for a ticket.
import type { Payments, RefundReceipt } from './payments.ts';

export interface RefundTool {
  issue(ticketId: string, amountPence: number): Promise<RefundReceipt>;
}

export function createRefundTool(payments: Payments): RefundTool {
  const issued = new Map<string, RefundReceipt>();
  return {
    async issue(ticketId, amountPence) {
      // Already refunded here: answer from the record, without calling out.
      const earlier = issued.get(ticketId);
      if (earlier) return earlier;
      // The key is the ticket, not the attempt: if an earlier call paid but its
      // answer was lost, the provider recognises the key and pays nothing more.
      const receipt = await payments.refund({ ticketId, amountPence, idempotencyKey: `refund:${ticketId}` });
      issued.set(ticketId, receipt);
      return receipt;
    },
  };
}
