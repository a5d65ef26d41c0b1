// Milestone 1: which tools each agent may see. Everything a model reads about
// a tool is an instruction it may follow, so the host checks every
// description before any agent sees it, and gives each agent only its own tools.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { agents, type AgentName } from './agents.ts';
import type { OfferedTool } from './host.ts';
import type { Problem, Refusal } from './problems.ts';

/**
 * The problems in a tool's description, each once, in the order of the Problem
 * type. `knownTools` holds every tool name the host can call.
 */
export function vetTool(tool: Tool, knownTools: readonly string[]): Problem[] {
  // TODO: look at tool.description (it may be missing) for each kind of
  // Problem. A description that names a known tool other than tool.name is
  // steering the model's use of that tool.
  return [];
}

/**
 * The tools an agent may see: those on its list in src/agents.ts that pass
 * vetTool, and the ones on its list that were refused, with their problems.
 * Tools not on its list are neither given nor refused: they are not its business.
 */
export function toolsForAgent(agent: AgentName, offered: readonly OfferedTool[]): { tools: OfferedTool[]; refused: Refusal[] } {
  // TODO: keep the offered tools whose name is in agents[agent].tools; vet
  // each against the names of all offered tools; sort them into tools and refused.
  return { tools: offered.filter(() => true), refused: [] };
}
