import type { ToolDefinition } from './data/tools.ts';
import { section } from './state.ts';

/** JSON with object keys sorted at every level: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One line per tool, sorted by name, whatever order the registry gave them in. */
export function renderTools(tools: ToolDefinition[]): string {
  return [...tools]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((tool) => canonicalJson(tool))
    .join('\n');
}

/**
 * The stable prefix: instructions, tools, pinned facts. It must be byte-identical
 * from one turn to the next, or the provider's prompt cache misses: nothing in it
 * may depend on the turn, the time or the order something arrived in.
 */
export function renderPrefix(system: string, tools: ToolDefinition[], pinned: string[]): string {
  const facts = pinned.length > 0 ? pinned.map((fact) => `- ${fact}`).join('\n') : '(none yet)';
  return [section('Instructions', system), section('Tools', renderTools(tools)), section('Pinned facts', facts)].join('\n\n');
}
