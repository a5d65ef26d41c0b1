// Everything a model reads about a tool: not only its description, but its
// title and the description of every parameter, however deeply nested.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';

export interface ToolText {
  /** Where the text sits, for example "description" or "inputSchema.value". */
  where: string;
  text: string;
}

export function textsOf(tool: Tool): ToolText[] {
  const texts: ToolText[] = [{ where: 'name', text: tool.name }];
  if (tool.title) texts.push({ where: 'title', text: tool.title });
  if (tool.description) texts.push({ where: 'description', text: tool.description });
  collectSchemaTexts(tool.inputSchema, 'inputSchema', texts);
  return texts;
}

function collectSchemaTexts(schema: unknown, path: string, texts: ToolText[]): void {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Record<string, unknown>;
  for (const key of ['title', 'description'] as const) {
    if (typeof node[key] === 'string') texts.push({ where: path, text: node[key] });
  }
  for (const [name, child] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) {
    collectSchemaTexts(child, `${path}.${name}`, texts);
  }
  if (node.items) collectSchemaTexts(node.items, `${path}[]`, texts);
}
