// Milestone 3: the gate. The policy decides from the action, the agent and the
// caller; a person decides above the threshold; an approval counts once, for
// one request, from someone other than the caller.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Action } from '../src/actions.ts';
import { approvalRequest } from '../src/approval-request.ts';
import { checkDecision } from '../src/approval.ts';
import { pendingApprovals } from '../src/desk.ts';
import { authorise } from '../src/policy.ts';
import { createDesk, runScenario } from '../src/run-scenarios.ts';
import { scenarios } from '../src/scenarios.ts';
import { callerById } from '../src/world.ts';

const dana = callerById('u-dana')!;
const priya = callerById('u-priya')!;
const credit = (account: string, amountPence: number): Action => ({ tool: 'issue_credit', account, amountPence });
const decision = (action: Action, caller = dana, agent: 'billing' | 'ops' = 'billing') => authorise(action, agent, caller).decision;

test('m3: credits: own account only, allowed up to £20.00, a person above, never above the caller’s cap', () => {
  assert.equal(decision(credit('ACC-1', 2_000)), 'allow', '£20.00 on her own account: the policy approves it alone');
  assert.equal(decision(credit('ACC-1', 2_001)), 'ask', '£20.01 needs a person');
  assert.equal(decision(credit('ACC-1', 20_000)), 'ask', '£200.00 is a customer’s cap, still allowed with a person');
  assert.equal(decision(credit('ACC-1', 20_001)), 'deny', 'over the cap: nobody is asked');
  assert.equal(decision(credit('ACC-2', 500)), 'deny', 'ACC-2 is not Dana’s account');
  assert.match(authorise(credit('ACC-2', 500), 'billing', dana).reason, /ACC-2/, 'the reason names what was wrong');
  assert.equal(decision(credit('ACC-1', 0)), 'deny', 'a credit of nothing');
  assert.equal(decision(credit('ACC-1', 12.5)), 'deny', 'half a penny');
  assert.equal(decision(credit('ACC-9', 500), priya), 'deny', 'an account that does not exist');
  assert.equal(decision(credit('ACC-2', 4_000), priya), 'ask', 'staff may credit any account, with a person above £20.00');
  assert.equal(decision(credit('ACC-2', 100_001), priya), 'deny', 'over staff’s cap');
});

test('m3: services: a customer restarts only their own; platform services need staff and a person; backups need both', () => {
  const restart = (service: string): Action => ({ tool: 'restart_service', service });
  assert.equal(decision(restart('web-1'), dana, 'ops'), 'allow');
  assert.equal(decision(restart('api-7'), dana, 'ops'), 'deny', 'api-7 is Eli’s');
  assert.equal(decision(restart('db-main'), dana, 'ops'), 'deny', 'the confused deputy: the ops agent may restart db-main for staff, never for a customer');
  assert.equal(decision(restart('db-main'), priya, 'ops'), 'ask');
  assert.equal(decision(restart('web-9'), priya, 'ops'), 'deny', 'no such service');
  assert.equal(decision({ tool: 'delete_backups', service: 'web-1' }, dana, 'ops'), 'deny', 'customers never delete backups, even their own');
  assert.equal(decision({ tool: 'delete_backups', service: 'web-1' }, priya, 'ops'), 'ask');
  assert.equal(decision(restart('web-1'), dana, 'billing'), 'deny', 'the billing agent has no restart_service');
});

test('m3: an approval counts only for its own request, once, and not from the caller', () => {
  const request = approvalRequest('T-1', dana, credit('ACC-1', 15_000), 'over £20.00');
  assert.equal(request.approvalId, 'T-1:issue_credit|ACC-1|15000|');
  const yes = { approvalId: request.approvalId, approved: true, reviewer: 'Sam' };
  assert.deepEqual(checkDecision(request, yes, new Set()), { approved: true, by: 'Sam', reason: 'approved' });
  assert.equal(checkDecision(request, { ...yes, approved: false, note: 'no' }, new Set()).approved, false);
  const replayed = checkDecision(request, { ...yes, approvalId: 'T-2:issue_credit|ACC-1|15000|' }, new Set());
  assert.deepEqual([replayed.approved, replayed.by], [false, 'gate'], 'an approval for another request is refused by the gate');
  assert.match(replayed.reason, /T-2/);
  assert.deepEqual([checkDecision(request, yes, new Set([request.approvalId])).approved], [false], 'an approval already used is refused');
  assert.equal(checkDecision(request, { ...yes, reviewer: 'u-dana' }, new Set()).approved, false, 'Dana cannot approve her own ticket');
});

test('m3: through the graph: a credit over £20.00 waits for a person, a replay moves no money, two approvals on one ticket both count, a denied action asks nobody', async () => {
  const desk = await createDesk();
  const given = new Map();
  const run = (id: string) => runScenario(desk, scenarios.find((entry) => entry.id === id)!, given);
  try {
    const paused = await desk.graph.invoke({ ticket: { id: 'T-900', from: 'u-dana', text: 'Please apply a credit of £150.' } }, { configurable: { thread_id: 'probe' } });
    assert.deepEqual(pendingApprovals(paused).map((request) => request.action), ['issue_credit £150.00 to ACC-1'], 'the gate should call interrupt() with an approval request');
    assert.equal(desk.ledger.length, 0, 'no money moves while the run waits');

    const approved = await run('s04');
    assert.deepEqual(approved.performed, [credit('ACC-1', 15_000)], 'approved by Sam: credited once');
    for (const id of ['a05', 'a06', 'a07']) {
      const outcome = await run(id);
      assert.deepEqual(outcome.performed, [], `${id}: a replayed or self-given approval must not move money`);
      assert.equal(outcome.decisions[0]?.by, 'gate', `${id}: the gate refuses it, not a person`);
    }
    const twoApprovals = await runScenario(
      desk,
      {
        id: 'two-approvals',
        ticket: { id: 'T-901', from: 'u-priya', text: 'Please restart db-main and delete the backups of worker-3.' },
        review: { kind: 'approve', reviewer: 'Sam' },
        expect: { route: 'ops', actions: [] },
      },
      given,
    );
    assert.equal(twoApprovals.asked.length, 2, 'two actions that need a person: two approval requests');
    assert.deepEqual(
      twoApprovals.performed,
      [{ tool: 'restart_service', service: 'db-main' }, { tool: 'delete_backups', service: 'worker-3' }],
      'both approved: both done (the gate re-reads the first approval on the second resume, so it must not spend it)',
    );
    const injected = await run('a01');
    assert.deepEqual([injected.performed, injected.asked], [[], []], 'a £900.00 credit is over the cap: denied, and nobody is asked');
  } finally {
    await desk.host.close();
  }
});
