// A small shop's back office, in memory: orders to look up and search, and a
// payments service that makes refunds. The payments service behaves like the
// real ones: it honours idempotency keys, and it can be told to lose its
// answer after it has already made a refund, which is what a timeout looks
// like from the caller's side.

export interface Order {
  id: string;
  customer: string;
  item: string;
  /** The order's total in pounds. */
  total: number;
  status: 'delivered' | 'in transit';
}

export interface RefundRequest {
  orderId: string;
  amountCents: number;
  idempotencyKey: string;
}

export interface Refund {
  refundId: string;
  orderId: string;
  amountCents: number;
  /** True when the answer is a replay of an earlier refund with the same key, not a new one. */
  replayed?: boolean;
}

export interface BackendOptions {
  /** Refund calls (1 = the first) that make the refund and then time out, so the caller never hears. */
  loseAnswerOfRefundCalls?: number[];
}

const seedOrders: Order[] = [
  { id: 'ord-1042', customer: 'alice@example.com', item: 'Blue glazed mug', total: 24.5, status: 'delivered' },
  { id: 'ord-1043', customer: 'bob@example.com', item: 'Teapot, 1.2 litres', total: 39, status: 'in transit' },
  { id: 'ord-1044', customer: 'alice@example.com', item: 'Four espresso cups', total: 30, status: 'delivered' },
];

export type Backend = ReturnType<typeof createBackend>;

export function createBackend(options: BackendOptions = {}) {
  const orders = new Map(seedOrders.map((order) => [order.id, { ...order }]));
  /** Every refund the payments service has actually made: the money that left the account. */
  const refundsMade: Refund[] = [];
  const byKey = new Map<string, { request: RefundRequest; refund: Refund }>();
  let refundCalls = 0;

  function lookupOrder(orderId: string): Order {
    if (!/^ord-\d+$/.test(orderId)) throw new Error(`No order "${orderId}": order ids look like "ord-1042".`);
    const order = orders.get(orderId);
    if (!order) throw new Error(`No order "${orderId}".`);
    return order;
  }

  function refund(request: RefundRequest): Refund {
    refundCalls += 1;
    if (!request.idempotencyKey) throw new Error('payments: every refund needs an idempotency key.');
    const earlier = byKey.get(request.idempotencyKey);
    if (earlier) {
      // Like Stripe: the same key with different parameters is a mistake, not a retry.
      if (earlier.request.orderId !== request.orderId || earlier.request.amountCents !== request.amountCents) {
        throw new Error(`payments: idempotency key "${request.idempotencyKey}" was already used for a different refund.`);
      }
      return { ...earlier.refund, replayed: true };
    }
    const order = lookupOrder(request.orderId);
    if (order.status !== 'delivered') throw new Error(`payments: ${order.id} is ${order.status}; only delivered orders can be refunded.`);
    const refunded = refundsMade.filter((made) => made.orderId === order.id).reduce((sum, made) => sum + made.amountCents, 0);
    if (refunded + request.amountCents > Math.round(order.total * 100)) {
      throw new Error(`payments: refusing to refund more than ${order.id}'s total of £${order.total.toFixed(2)}.`);
    }
    const made: Refund = { refundId: `re_${refundsMade.length + 1}`, orderId: order.id, amountCents: request.amountCents };
    refundsMade.push(made);
    byKey.set(request.idempotencyKey, { request, refund: made });
    if (options.loseAnswerOfRefundCalls?.includes(refundCalls)) {
      throw new Error('payments: no answer after 10 s (timed out). The refund may or may not have been made.');
    }
    return made;
  }

  /**
   * One page of a customer's order history. Its bug is deliberate and common:
   * it always offers a next page, even past the end of the history.
   */
  function searchOrders(customer: string, page: number) {
    const mine = [...orders.values()].filter((order) => order.customer === customer);
    const found = page === 1 ? mine : mine.map((order) => ({ ...order, id: `${order.id}-archive-${page}` }));
    return { page, orders: found.map(({ id, item, total }) => ({ id, item, total })), nextPage: page + 1 };
  }

  return { lookupOrder, refund, searchOrders, refundsMade };
}
