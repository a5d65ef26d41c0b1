// The two worker agents and what each may use. The split follows the tools and
// the risk: billing moves money, ops touches running systems. Each sees only
// its own tools, so an instruction it reads cannot reach the other's.
export type AgentName = 'billing' | 'ops';
export const agentNames: readonly AgentName[] = ['billing', 'ops'];

export interface AgentSpec {
  /** What the supervisor and the other agent are told it does. */
  does: string;
  /** The only tools it may see or call, by name. */
  tools: readonly string[];
  /** The read-only tool it calls first, and which field of the ticket names what to read. */
  reads: { tool: string; from: 'account' | 'service' };
}

export const agents: Record<AgentName, AgentSpec> = {
  billing: {
    does: 'looks up accounts and issues credits',
    tools: ['lookup_account', 'issue_credit'],
    reads: { tool: 'lookup_account', from: 'account' },
  },
  ops: {
    does: 'checks and restarts services, and manages backups',
    tools: ['check_service', 'restart_service', 'delete_backups', 'region_status', 'outage_feed'],
    reads: { tool: 'check_service', from: 'service' },
  },
};
