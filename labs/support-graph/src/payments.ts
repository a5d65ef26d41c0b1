// A stand-in for a payment provider's refund API. Like Stripe's, it honours an
// idempotency key: a second request with a key it has seen returns the first
// refund instead of moving money again. It can also lose its answer after the
// money has moved, as a timeout does in production.
export interface RefundRequest {
  ticketId: string;
  amountPence: number;
  /** The same key on a retry means "the same refund"; no key means "a new refund every time". */
  idempotencyKey?: string;
}

export interface RefundReceipt {
  refundId: string;
  ticketId: string;
  amountPence: number;
}

export class PaymentTimeoutError extends Error {
  constructor(ticketId: string) {
    super(`payments: the refund for ${ticketId} timed out. The provider may or may not have moved the money.`);
    this.name = 'PaymentTimeoutError';
  }
}

export interface Payments {
  refund(request: RefundRequest): Promise<RefundReceipt>;
  /** Every refund that moved money, in order. */
  readonly refunds: readonly RefundReceipt[];
}

/** `loseAnswers: n` makes the first n refunds move the money and then time out. */
export function createFakePayments(options: { loseAnswers?: number } = {}): Payments {
  const refunds: RefundReceipt[] = [];
  const byKey = new Map<string, RefundReceipt>();
  let answersToLose = options.loseAnswers ?? 0;
  return {
    refunds,
    async refund({ ticketId, amountPence, idempotencyKey }) {
      if (!Number.isInteger(amountPence) || amountPence <= 0) throw new Error(`payments: amountPence must be a whole number of pence above 0, got ${amountPence}`);
      const seen = idempotencyKey === undefined ? undefined : byKey.get(idempotencyKey);
      if (seen) return seen;
      const receipt: RefundReceipt = { refundId: `re_${String(refunds.length + 1).padStart(3, '0')}`, ticketId, amountPence };
      refunds.push(receipt);
      if (idempotencyKey !== undefined) byKey.set(idempotencyKey, receipt);
      if (answersToLose > 0) {
        answersToLose -= 1;
        throw new PaymentTimeoutError(ticketId);
      }
      return receipt;
    },
  };
}
