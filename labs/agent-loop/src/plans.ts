import type { Order, Refund } from './backend.ts';
import type { Plan } from './planner-model.ts';

// The plans the planner model follows. Each reads the task and what the tools
// have returned so far, and names the next move, the way a real model's next
// message depends on the conversation. They are written to behave like a
// reasonable model, mistakes included: the refund plan retries a refund that
// timed out (it cannot know whether the money left), and the history plan
// follows "nextPage" for as long as the tool offers one.

const refundPlan: Plan = ({ task, observations }) => {
  const last = observations.at(-1);
  if (!last) {
    // Customers quote order numbers as they like; the plan passes on what it was given.
    return { call: 'lookupOrder', input: { orderId: task.match(/\border\s+((?:ord-)?\d+)/i)?.[1] ?? '' } };
  }
  if (last.toolName === 'lookupOrder') {
    if (last.error?.includes('look like')) {
      const digits = String((last.input as { orderId?: string })?.orderId ?? '').replace(/\D/g, '');
      return { call: 'lookupOrder', input: { orderId: `ord-${digits}` } };
    }
    if (last.error) return { answer: `I could not find that order: ${last.error}` };
    const order = last.output as Order;
    if (order.status !== 'delivered') return { answer: `${order.id} is ${order.status}, so it cannot be refunded yet.` };
    // The amount the customer asked for ("refund £12"), or else the whole order.
    const asked = Number(task.match(/£\s*(\d+(?:\.\d{1,2})?)/)?.[1] ?? Number.NaN);
    return { call: 'refundOrder', input: { orderId: order.id, amount: Number.isFinite(asked) ? asked : order.total } };
  }
  if (last.toolName === 'refundOrder') {
    if (last.error?.includes('timed out')) {
      // A new call, not a replay: a real model writes the arguments afresh, here in another order.
      const { orderId, amount } = last.input as { orderId: string; amount: number };
      return { call: 'refundOrder', input: { amount, orderId } };
    }
    if (last.error) return { answer: `The refund failed: ${last.error}` };
    const refund = last.output as Refund;
    return { answer: `Refunded £${(refund.amountCents / 100).toFixed(2)} on ${refund.orderId} (refund ${refund.refundId}).` };
  }
  return { answer: 'I can look up orders, refund them and list a customer’s orders.' };
};

const historyPlan: Plan = ({ task, observations }) => {
  const customer = task.match(/[\w.+-]+@[\w.-]+\.\w+/)?.[0] ?? '';
  const last = observations.at(-1);
  if (!last) return { call: 'searchOrders', input: { customer, page: 1 } };
  if (last.error) return { answer: `The search failed: ${last.error}` };
  const { nextPage } = last.output as { nextPage?: number };
  if (nextPage !== undefined) return { call: 'searchOrders', input: { customer, page: nextPage } };
  const found = observations.flatMap((observation) => (observation.output as { orders?: unknown[] })?.orders ?? []);
  return { answer: `${customer} has ${found.length} orders.` };
};

/** The help desk's plan: refunds, or a customer's order history. */
export const deskPlan: Plan = (state) => (/\brefund\b/i.test(state.task) ? refundPlan(state) : historyPlan(state));
