import { tool } from 'ai';
import { z } from 'zod';
import type { Backend } from './backend.ts';

/** What the refund tool accepts. The schema is the contract: the model's arguments are checked against it before anything runs. */
// TODO: tighten the schema: an order id looks like "ord-1042", and an amount is
// more than £0 and at most £10,000. Say so in the messages, and describe each field.
export const refundInput = z.object({
  orderId: z.string(),
  amount: z.number(),
});

/**
 * The key that makes a write safe to retry: every retry of the same write must
 * carry the same key, and a different write another one.
 */
export function idempotencyKey(runId: string, toolName: string, input: unknown): string {
  // TODO: build the key from what the write is (this run, this tool, these
  // arguments), so that it does not depend on the order of the arguments' keys.
  // A fresh UUID, like the tool call's id, changes on every retry: it protects nothing.
  return crypto.randomUUID();
}

/** The help desk's tools, for one run of the agent (runId names the run). */
export function createTools(backend: Backend, { runId }: { runId: string }) {
  return {
    lookupOrder: tool({
      description: 'Look up an order by its id. Returns the customer, the item, the total in pounds and the status.',
      inputSchema: z.object({ orderId: z.string().describe('The order id, e.g. ord-1042') }),
      execute: async ({ orderId }) => backend.lookupOrder(orderId),
    }),
    refundOrder: tool({
      description: 'Refund a delivered order, in full or in part. Safe to retry: a retried refund is never paid twice.',
      inputSchema: refundInput,
      execute: async (input) =>
        backend.refund({ orderId: input.orderId, amountCents: Math.round(input.amount * 100), idempotencyKey: idempotencyKey(runId, 'refundOrder', input) }),
    }),
    searchOrders: tool({
      description: "One page of a customer's order history, with the number of the next page.",
      inputSchema: z.object({ customer: z.string().describe('The customer’s email address'), page: z.number().int().min(1) }),
      execute: async ({ customer, page }) => backend.searchOrders(customer, page),
    }),
  };
}

export type DeskTools = ReturnType<typeof createTools>;
