// The helpdesk's own MCP server: one tool, one resource and one prompt. A host
// (a chat app, an IDE, an agent) connects to it through an MCP client.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { orders, refundPolicy, refundPolicyUri } from './orders.ts';
import { registerTriagePrompt } from './triage-prompt.ts';

export function createHelpdeskServer(): McpServer {
  const server = new McpServer({ name: 'helpdesk', version: '1.0.0' });

  server.registerTool(
    'lookup_order',
    {
      title: 'Look up an order',
      description: 'Get the status, item and total of one order by its id.',
      // The SDK checks arguments against this schema before the handler runs;
      // a mismatch comes back as a result with isError: true that names the field.
      inputSchema: { orderId: z.string().regex(/^ORD-\d{4}$/, 'an order id looks like ORD-1042') },
      outputSchema: {
        orderId: z.string(),
        item: z.string(),
        status: z.enum(['processing', 'dispatched', 'delivered', 'returned']),
        totalPence: z.number().int(),
      },
    },
    async ({ orderId }) => {
      const order = orders.find((candidate) => candidate.orderId === orderId);
      if (!order) {
        // A tool execution error: a normal result the model reads, and can act on.
        return { content: [{ type: 'text', text: `No order ${orderId}. Ask the customer to check the id in their confirmation email.` }], isError: true };
      }
      return {
        content: [{ type: 'text', text: `${order.orderId}: ${order.item}, ${order.status}, £${(order.totalPence / 100).toFixed(2)}` }],
        structuredContent: { ...order },
      };
    },
  );

  server.registerResource(
    'refund-policy',
    refundPolicyUri,
    { title: 'Refund policy', description: 'When refunds are automatic and when staff must approve them.', mimeType: 'text/markdown' },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: refundPolicy }] }),
  );

  registerTriagePrompt(server);

  return server;
}
