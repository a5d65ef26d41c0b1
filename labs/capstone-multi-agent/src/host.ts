// The host: it opens one MCP client per server over the SDK's in-memory
// transport (the whole protocol, no process or socket), lists what each
// server offers, and calls tools by name.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';

/** A tool as a server offers it, with the server's name. */
export interface OfferedTool {
  server: string;
  tool: Tool;
}

export interface Host {
  offered: OfferedTool[];
  /** Calls a tool on the server that offers it; the result's text, or an Error for isError. */
  call(name: string, args: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export async function connectHost(servers: McpServer[]): Promise<Host> {
  const connections: Array<{ name: string; client: Client; server: McpServer }> = [];
  for (const server of servers) {
    const client = new Client({ name: 'ops-desk', version: '1.0.0' });
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
    connections.push({ name: client.getServerVersion()?.name ?? 'unnamed', client, server });
  }
  const offered: OfferedTool[] = [];
  const owner = new Map<string, Client>();
  for (const { name, client } of connections) {
    for (const tool of (await client.listTools()).tools) {
      offered.push({ server: name, tool });
      if (!owner.has(tool.name)) owner.set(tool.name, client);
    }
  }
  return {
    offered,
    async call(name, args) {
      const client = owner.get(name);
      if (!client) throw new Error(`host: no server offers the tool "${name}"`);
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      const text = result.content.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`)).join('\n');
      if (result.isError) throw new Error(`${name}: ${text}`);
      return text;
    },
    async close() {
      for (const { client, server } of connections) {
        await client.close();
        await server.close();
      }
    },
  };
}
