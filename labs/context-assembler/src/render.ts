import type { ToolDefinition } from './data/tools.ts';
import { section } from './state.ts';

/** JSON with object keys sorted at every level: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  // TODO: arrays keep their order; objects are written with their keys sorted, at
  // every level; everything else is JSON.stringify(value). Two objects with the
  // same keys and values in a different order must give the same string.
  return JSON.stringify(value);
}

/** One line per tool, sorted by name, whatever order the registry gave them in. */
export function renderTools(tools: ToolDefinition[]): string {
  // TODO: sort by name (without changing the caller's array), one canonicalJson line per tool.
  return tools.map((tool) => JSON.stringify(tool)).join('\n');
}

/**
 * The stable prefix: instructions, tools, pinned facts. It must be byte-identical
 * from one turn to the next, or the provider's prompt cache misses: nothing in it
 * may depend on the turn, the time or the order something arrived in.
 */
export function renderPrefix(system: string, tools: ToolDefinition[], pinned: string[]): string {
  // TODO: add a third section, "Pinned facts": one "- fact" line per pinned fact,
  // or "(none yet)". Pinned facts live here, not in the history, so that
  // compaction can never summarise them away.
  return [section('Instructions', system), section('Tools', renderTools(tools))].join('\n\n');
}
