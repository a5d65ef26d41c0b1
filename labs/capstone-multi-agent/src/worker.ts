// One worker agent's turn: read what it needs through its own tools, show the
// model everything it read, and return the actions it proposes. It proposes
// only; nothing here changes the world.
import { agents, agentNames, type AgentName } from './agents.ts';
import type { Host } from './host.ts';
import { planWith } from './model.ts';
import type { DeskStateValue } from './state.ts';
import { toolsForAgent } from './tool-host.ts';

/** What the agent reads first: the account or service the ticket is about. */
function readTarget(agent: AgentName, state: DeskStateValue): string | undefined {
  const { from } = agents[agent].reads;
  return from === 'account' ? (state.ticket.account ?? state.caller?.account) : state.ticket.service;
}

export async function workerTurn(agent: AgentName, state: DeskStateValue, host: Host) {
  const { tools, refused } = toolsForAgent(agent, host.offered);
  const caller = state.caller!;
  const lines = [
    `Ticket ${state.ticket.id} from ${caller.name} (${caller.role}${caller.account ? `, account ${caller.account}` : ''}):`,
    state.ticket.text,
    ...state.notes,
  ];
  const reads = agents[agent].reads;
  const target = readTarget(agent, state);
  if (target && tools.some(({ tool }) => tool.name === reads.tool)) {
    const output = await host.call(reads.tool, { [reads.from]: target }).catch((error: Error) => error.message);
    lines.push(`Tool ${reads.tool} returned: ${output}`);
  }
  lines.push('Your tools:', ...tools.map(({ tool }) => `- tool ${tool.name}: ${tool.description ?? ''}`));
  lines.push('Other agents:', ...agentNames.filter((name) => name !== agent).map((name) => `- agent ${name} has ${agents[name].tools.join(', ')}: ${agents[name].does}`));

  const plan = await planWith(agent, lines.join('\n'));
  return {
    visited: [agent],
    proposals: plan.actions.map((action) => ({ agent, action })),
    handoff: plan.handoff ?? null,
    notes: plan.handoff ? [`Hand-off note from the ${agent} agent: ${plan.handoff.note}`] : [],
    refusedTools: refused,
  };
}
