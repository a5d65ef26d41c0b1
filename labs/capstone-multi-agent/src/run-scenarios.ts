// Runs the scenario set through one desk, one ticket after another (in the
// page, interrupt() can follow only one graph run at a time), answering each
// approval request as the scenario's scripted reviewer would.
import type { Action } from './actions.ts';
import type { ApprovalRequest, HumanDecision } from './approval-request.ts';
import { decide, pendingApprovals, threadFor } from './desk.ts';
import { buildDeskGraph } from './graph.ts';
import { connectHost } from './host.ts';
import type { Route } from './model.ts';
import { createOpsServer, type Ledger } from './ops-server.ts';
import type { Review, Scenario } from './scenarios.ts';
import type { GateDecision, Layer } from './state.ts';
import { createStatusServer } from './status-server.ts';
import type { Refusal } from './problems.ts';

export interface Outcome {
  scenarioId: string;
  route: Route;
  /** What the tool server actually did for this ticket, from its ledger. */
  performed: Action[];
  decisions: GateDecision[];
  asked: ApprovalRequest[];
  refusedTools: Refusal[];
  response: string;
}

/** A desk: the two MCP servers, the host, the graph, and the ledger of everything done. */
export async function createDesk() {
  const ledger: Ledger = [];
  const host = await connectHost([createOpsServer(ledger), createStatusServer()]);
  return { ledger, host, graph: buildDeskGraph({ host }) };
}
export type Desk = Awaited<ReturnType<typeof createDesk>>;

function answer(review: Review | undefined, request: ApprovalRequest, given: ReadonlyMap<string, HumanDecision>): HumanDecision {
  if (!review) return { approvalId: request.approvalId, approved: false, reviewer: 'Sam', note: 'nobody expected to be asked' };
  if (review.kind === 'approve') return { approvalId: request.approvalId, approved: true, reviewer: review.reviewer };
  if (review.kind === 'decline') return { approvalId: request.approvalId, approved: false, reviewer: review.reviewer, note: review.note };
  if (review.kind === 'self') return { approvalId: request.approvalId, approved: true, reviewer: request.caller };
  const earlier = given.get(review.of);
  if (!earlier) throw new Error(`scenarios: ${review.of} gave no approval to replay; run it before the scenario that replays it`);
  return earlier;
}

/** Runs one scenario. `given` collects every decision sent, by scenario id, so a later scenario can replay one. */
export async function runScenario(desk: Desk, scenario: Scenario, given: Map<string, HumanDecision>): Promise<Outcome> {
  const before = desk.ledger.length;
  const asked: ApprovalRequest[] = [];
  let result = await desk.graph.invoke({ ticket: scenario.ticket }, threadFor(scenario.id));
  for (let round = 0; round < 5; round++) {
    const [request] = pendingApprovals(result);
    if (!request) break;
    asked.push(request);
    const decision = answer(scenario.review, request, given);
    if (!given.has(scenario.id)) given.set(scenario.id, decision);
    result = await decide(desk.graph, scenario.id, decision);
  }
  const state = (await desk.graph.getState(threadFor(scenario.id))).values;
  return {
    scenarioId: scenario.id,
    route: state.route ?? 'none',
    performed: desk.ledger.slice(before),
    decisions: state.decisions ?? [],
    asked,
    refusedTools: state.refusedTools ?? [],
    response: state.response ?? '',
  };
}

export async function runAll(scenarios: readonly Scenario[]): Promise<Outcome[]> {
  const desk = await createDesk();
  const given = new Map<string, HumanDecision>();
  const outcomes: Outcome[] = [];
  try {
    for (const scenario of scenarios) outcomes.push(await runScenario(desk, scenario, given));
  } finally {
    await desk.host.close();
  }
  return outcomes;
}

/**
 * The layers that stopped something on this ticket: the policy or the approval
 * step, from the gate's decisions; or, when nothing reached the gate to be
 * stopped, the host's vetting if it refused a tool the agent would have seen.
 */
export function layersThatStopped(outcome: Outcome): Array<Layer | 'vetting'> {
  const layers = [...new Set(outcome.decisions.filter((decision) => !decision.go).map((decision) => decision.stoppedBy!))];
  return layers.length === 0 && outcome.refusedTools.length > 0 ? ['vetting'] : layers;
}
