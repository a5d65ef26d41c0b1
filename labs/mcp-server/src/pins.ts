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
  // TODO: remember each tool's fingerprint under its name.
  return new Map();
}

/** Tools whose definition differs from its pin, and tools that were never approved. */
export function checkPins(pins: Pins, tools: Tool[]): { changed: string[]; added: string[] } {
  // TODO: a tool with no pin was added since approval; a tool whose fingerprint
  // differs from its pin has changed. Report each by name.
  return { changed: [], added: [] };
}
