// The helpdesk's own MCP server: one tool, one resource and one prompt. A host
// (a chat app, an IDE, an agent) connects to it through an MCP client.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { orders, refundPolicy, refundPolicyUri } from './orders.ts';
import { registerTriagePrompt } from './triage-prompt.ts';

export function createHelpdeskServer(): McpServer {
  const server = new McpServer({ name: 'helpdesk', version: '1.0.0' });

  // TODO: register a tool named lookup_order that takes { orderId } and returns
  // the order's status. Give it a zod input schema that accepts only ids shaped
  // like ORD-1042, so that bad arguments come back as isError: true before your
  // handler runs. An order that does not exist is also an error the model can
  // read: return it yourself with isError: true. Return the order as
  // structuredContent, with the same facts as text in content.

  // TODO: register the refund policy as a resource at refundPolicyUri
  // (mimeType text/markdown), so a client can list it and read it.

  registerTriagePrompt(server);

  return server;
}
