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
      // TODO: make a second call for the same ticket return the first refund
      // instead of moving money again, even when the first call's answer was
      // lost after the provider had already paid (see PaymentTimeoutError).
      const receipt = await payments.refund({ ticketId, amountPence });
      issued.set(ticketId, receipt);
      return receipt;
    },
  };
}
