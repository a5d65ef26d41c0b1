// A prompt: a template the user picks (a slash command, say), not the model.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';

export function registerTriagePrompt(server: McpServer): void {
  server.registerPrompt(
    'triage_ticket',
    {
      title: 'Triage a support ticket',
      description: 'Ask the model to classify a ticket and name the order it is about.',
      argsSchema: { ticket: z.string() },
    },
    ({ ticket }) => ({
      messages: [{ role: 'user', content: { type: 'text', text: `Classify this ticket as refund or question, and name its order id:\n\n${ticket}` } }],
    }),
  );
}
