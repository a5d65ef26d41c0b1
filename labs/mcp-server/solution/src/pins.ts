// Against a rug pull: remember exactly what each tool looked like when a
// person approved it, and refuse it if it has changed since.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { canonicalJson } from './canonical-json.ts';

/** Tool name → the tool's definition as the person approved it. */
export type Pins = Map<string, string>;

/** Everything about a tool that a model reads or that shapes its call. */
export const fingerprint = (tool: Tool): string =>
  canonicalJson({ name: tool.name, title: tool.title, description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations });

export function pinTools(tools: Tool[]): Pins {
  return new Map(tools.map((tool) => [tool.name, fingerprint(tool)]));
}

/** Tools whose definition differs from its pin, and tools that were never approved. */
export function checkPins(pins: Pins, tools: Tool[]): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  for (const tool of tools) {
    const pinned = pins.get(tool.name);
    if (pinned === undefined) added.push(tool.name);
    else if (pinned !== fingerprint(tool)) changed.push(tool.name);
  }
  return { changed, added };
}
