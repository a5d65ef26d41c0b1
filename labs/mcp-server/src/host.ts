// The host: the application that owns the model and the conversation. It opens
// one MCP client per server, and decides which tools the model may see.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { dynamicTool, jsonSchema, type ToolSet } from 'ai';
import { checkPins, type Pins } from './pins.ts';
import { vetTools } from './vet-tools.ts';

export interface Connection {
  server: string;
  client: Client;
  close: () => Promise<void>;
}

/** One client per server, linked by the SDK's in-memory transport: the whole protocol, no process or socket. */
export async function connect(server: McpServer): Promise<Connection> {
  const client = new Client({ name: 'helpdesk-host', version: '1.0.0' });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  const name = client.getServerVersion()?.name ?? 'unnamed';
  return { server: name, client, close: async () => { await client.close(); await server.close(); } };
}

/** The server's tools; none when it does not offer the tools capability. */
export async function listTools(connection: Connection): Promise<Tool[]> {
  if (!connection.client.getServerCapabilities()?.tools) return [];
  return (await connection.client.listTools()).tools;
}

export interface Refusal {
  server: string;
  tool: string;
  why: string;
}

/** The text parts of a tool result, joined: what a model reads of it. */
export const textOf = (result: unknown): string =>
  (((result as { content?: unknown }).content ?? []) as Array<{ type: string; text?: string }>).map((part) => part.text ?? `[${part.type}]`).join('\n');

/**
 * The tools the model may see this turn, as AI SDK tools that call through MCP,
 * and the ones refused with the reason. `pins` holds, per server, what the
 * person approved; a server with no pins has not been reviewed, so only vetting applies.
 */
export async function toolsForModel(connections: Connection[], pins: Map<string, Pins> = new Map()): Promise<{ tools: ToolSet; refused: Refusal[] }> {
  const listed = await Promise.all(connections.map(async (connection) => ({ connection, tools: await listTools(connection) })));
  const knownTools = listed.flatMap(({ tools }) => tools.map((tool) => tool.name));
  const tools: ToolSet = {};
  const refused: Refusal[] = [];
  for (const { connection, tools: offered } of listed) {
    const problems = new Map(vetTools(offered, knownTools).map((finding) => [finding.tool, finding.problems.join(', ')]));
    const serverPins = pins.get(connection.server);
    const drift = serverPins ? checkPins(serverPins, offered) : { changed: [], added: [] };
    for (const tool of offered) {
      const why =
        problems.get(tool.name) ??
        (drift.changed.includes(tool.name) ? 'changed since it was approved' : drift.added.includes(tool.name) ? 'added since the server was approved' : undefined) ??
        (tool.name in tools ? 'another server already offers a tool of this name' : undefined);
      if (why) {
        refused.push({ server: connection.server, tool: tool.name, why });
        continue;
      }
      tools[tool.name] = dynamicTool({
        description: tool.description,
        inputSchema: jsonSchema(tool.inputSchema as Parameters<typeof jsonSchema>[0]),
        execute: async (input) => {
          const result = (await connection.client.callTool({ name: tool.name, arguments: input as Record<string, unknown> })) as CallToolResult;
          // An execution error goes back to the model as text it can act on.
          return result.isError ? { error: textOf(result) } : (result.structuredContent ?? textOf(result));
        },
      });
    }
  }
  return { tools, refused };
}
