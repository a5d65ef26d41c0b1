// Milestone 1: which tools each agent may see. Everything a model reads about
// a tool is an instruction it may follow, so the host checks every
// description before any agent sees it, and gives each agent only its own tools.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { agents, type AgentName } from './agents.ts';
import type { OfferedTool } from './host.ts';
import type { Problem, Refusal } from './problems.ts';

const hiddenMarkup = /<\s*\/?\s*(important|system|instructions?)\b|<!--/i;
const concealment = /\b(do not|don't|never) (tell|mention|inform|show)\b|\bwithout (telling|informing)\b/i;
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The problems in a tool's description, each once, in the order of the Problem
 * type. `knownTools` holds every tool name the host can call.
 */
export function vetTool(tool: Tool, knownTools: readonly string[]): Problem[] {
  const description = tool.description ?? '';
  const problems: Problem[] = [];
  if (hiddenMarkup.test(description)) problems.push('hidden-markup');
  if (concealment.test(description)) problems.push('concealment');
  const others = knownTools.filter((name) => name !== tool.name);
  if (others.some((name) => new RegExp(`\\b${escape(name)}\\b`).test(description))) problems.push('names-another-tool');
  return problems;
}

/**
 * The tools an agent may see: those on its list in src/agents.ts that pass
 * vetTool, and the ones on its list that were refused, with their problems.
 * Tools not on its list are neither given nor refused: they are not its business.
 */
export function toolsForAgent(agent: AgentName, offered: readonly OfferedTool[]): { tools: OfferedTool[]; refused: Refusal[] } {
  const known = offered.map(({ tool }) => tool.name);
  const tools: OfferedTool[] = [];
  const refused: Refusal[] = [];
  for (const entry of offered) {
    if (!agents[agent].tools.includes(entry.tool.name)) continue;
    const problems = vetTool(entry.tool, known);
    if (problems.length > 0) refused.push({ server: entry.server, tool: entry.tool.name, problems });
    else tools.push(entry);
  }
  return { tools, refused };
}
