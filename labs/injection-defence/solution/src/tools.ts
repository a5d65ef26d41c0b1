import type { ToolCall } from './planner.ts';
import { allowedRecipient, allowedUrl } from './policy.ts';
import { recordText, type World } from './world.ts';

// The assistant's tools. Each carries labels the harness reads: does its output come from people
// Northwind does not control (untrusted), does it hold customers' private data (private), and does
// calling it send something out of the building (outbound)?

export interface Labels {
  untrusted: boolean;
  private: boolean;
  outbound: boolean;
}

export interface Tool {
  name: string;
  labels: Labels;
  /** Returns the tool's output as text, or throws an Error whose message goes back to the model. */
  run(world: World, input: Record<string, string>): string;
}

/** Where a task came from: Northwind's own support staff, or the chat widget on the public website. */
export type Channel = 'staff' | 'web-chat';


export const tools: Tool[] = [
  {
    name: 'readInbox',
    labels: { untrusted: true, private: false, outbound: false },
    run: (world) => world.inbox.map((email) => `From ${email.from}: ${email.subject}\n${email.body}`).join('\n\n'),
  },
  {
    name: 'readDocument',
    labels: { untrusted: true, private: false, outbound: false },
    run: (world, { name }) => {
      const text = world.documents[name ?? ''];
      if (text === undefined) throw new Error(`no document "${name}"; documents: ${Object.keys(world.documents).join(', ')}`);
      return text;
    },
  },
  {
    name: 'fetchPage',
    labels: { untrusted: true, private: false, outbound: true },
    run: (world, { url }) => {
      if (!allowedUrl(url ?? '')) throw new Error(`fetchPage may only reach Northwind's own sites, not ${url}`);
      world.outbound.push({ channel: 'http', to: url!, content: url! });
      const text = world.pages[url!];
      if (text === undefined) throw new Error(`404 for ${url}`);
      return text;
    },
  },
  {
    name: 'lookupCustomer',
    labels: { untrusted: false, private: true, outbound: false },
    run: (world, { id }) => {
      const customer = world.customers.find((candidate) => candidate.id === id);
      if (!customer) throw new Error(`no customer ${id}; ids look like C-101`);
      return recordText(customer);
    },
  },
  {
    name: 'sendEmail',
    labels: { untrusted: false, private: false, outbound: true },
    run: (world, { to, subject, body }) => {
      if (!allowedRecipient(to ?? '', world)) throw new Error(`sendEmail may only write to Northwind staff or a customer on file, not ${to}`);
      world.outbound.push({ channel: 'email', to: to!, content: `${subject}\n${body}` });
      return `sent to ${to}`;
    },
  },
];

// The public widget answers strangers: it may read public documents and Northwind's pages, and
// nothing that holds a customer's data or sends mail.
const webChatTools = new Set(['readDocument', 'fetchPage']);

export function toolsFor(channel: Channel): Tool[] {
  return channel === 'staff' ? tools : tools.filter((tool) => webChatTools.has(tool.name));
}

export function findTool(available: Tool[], call: ToolCall): Tool | undefined {
  return available.find((tool) => tool.name === call.tool);
}
