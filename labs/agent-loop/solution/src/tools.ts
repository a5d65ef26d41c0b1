import { tool } from 'ai';
import { z } from 'zod';
import type { Backend } from './backend.ts';

/** What the refund tool accepts. The schema is the contract: the model's arguments are checked against it before anything runs. */
export const refundInput = z.object({
  orderId: z.string().regex(/^ord-\d+$/, 'order ids look like "ord-1042"').describe('The order to refund, e.g. ord-1042'),
  amount: z.number().positive('a refund must be more than £0').max(10_000).describe('The amount to refund, in pounds'),
});

/** The same value, whatever the order of its keys: {"a":1,"b":2} for both {a:1,b:2} and {b:2,a:1}. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The key that makes a write safe to retry. It names the intent (this run, this
 * tool, these arguments), so every retry of the same write carries the same key,
 * and a different write, or the same write in another run, carries another.
 */
export function idempotencyKey(runId: string, toolName: string, input: unknown): string {
  return `${runId}:${toolName}:${canonicalJson(input)}`;
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
