// The state every node of the desk's graph reads, and writes a part of. Lists
// with a reducer grow as nodes add to them; the other fields keep the last value.
import { Annotation } from '@langchain/langgraph/web';
import type { Action } from './actions.ts';
import type { AgentName } from './agents.ts';
import type { Route } from './model.ts';
import type { Ticket } from './tickets.ts';
import type { Refusal } from './problems.ts';
import type { Caller } from './world.ts';

export interface Proposal {
  agent: AgentName;
  action: Action;
}

/** Which layer stopped an action: the written policy, or the approval step (a person, or the gate's check of their answer). */
export type Layer = 'policy' | 'approval';

export interface GateDecision extends Proposal {
  go: boolean;
  by: string;
  reason: string;
  /** Set when the action was approved by a person: spent once the action is done. */
  approvalId?: string;
  /** Set when go is false. */
  stoppedBy?: Layer;
}

export interface Handoff {
  to: AgentName;
  note: string;
}

const list = <T>() => Annotation<T[]>({ reducer: (left, right) => left.concat(right), default: () => [] });

export const DeskState = Annotation.Root({
  ticket: Annotation<Ticket>,
  /** From the ticket's authenticated sender at intake; nothing later may change it. */
  caller: Annotation<Caller | null>,
  route: Annotation<Route>,
  visited: list<AgentName>(),
  handoff: Annotation<Handoff | null>,
  notes: list<string>(),
  proposals: list<Proposal>(),
  refusedTools: list<Refusal>(),
  decisions: Annotation<GateDecision[]>,
  performed: list<Action>(),
  response: Annotation<string>,
});
export type DeskStateValue = typeof DeskState.State;
