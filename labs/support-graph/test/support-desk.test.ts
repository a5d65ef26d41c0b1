import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, pendingApprovals, threadFor } from '../src/desk.ts';
import { createFakePayments, PaymentTimeoutError } from '../src/payments.ts';
import { createRefundTool } from '../src/refund-tool.ts';
import { ticketById } from '../src/tickets.ts';
import { freshDesk, refundTicket } from './helpers.ts';

// One file, so that Node loads LangGraph once. Every test runs its graphs one
// after another, never two at once: in the page, interrupt() can follow only
// one graph run at a time.

describe('routing', () => {
  test('a question is answered by the model and moves no money', async () => {
    const { graph, payments, trace } = freshDesk();
    const result = await graph.invoke({ ticket: ticketById('T-1001') }, threadFor('T-1001'));
    assert.equal(result.intent, 'question');
    assert.match(result.response, /reset your password/);
    assert.deepEqual(trace, ['classify', 'answer']);
    assert.equal(payments.refunds.length, 0);
  });

  test('a refund request is routed to approve, not to answer', async () => {
    const { graph, trace } = freshDesk();
    await graph.invoke({ ticket: ticketById('T-1002') }, threadFor('T-1002'));
    assert.deepEqual(
      trace.slice(0, 2),
      ['classify', 'approve'],
      `the nodes ran ${trace.join(' → ')}: routeTicket must send intent "refund" to "approve"`,
    );
  });

  test('a refund of £100.00 or less goes through without a person', async () => {
    const { graph, payments } = freshDesk();
    const result = await graph.invoke({ ticket: ticketById('T-1002') }, threadFor('T-1002'));
    assert.deepEqual(pendingApprovals(result), [], 'an £18.50 refund should not wait for anyone');
    assert.deepEqual(result.receipt, { refundId: 're_001', ticketId: 'T-1002', amountPence: 1_850 });
    assert.match(result.response, /refunded £18\.50/);
    assert.deepEqual(result.approval, { approved: true, by: 'policy' });
  });

  test('the threshold: £100.00 goes through on its own, £100.01 waits for a person', async () => {
    const { graph, payments } = freshDesk();
    const atLimit = await graph.invoke({ ticket: refundTicket('T-at', 10_000) }, threadFor('T-at'));
    assert.deepEqual(pendingApprovals(atLimit), [], '£100.00 is not over the threshold');
    assert.equal(atLimit.receipt?.amountPence, 10_000, 'refund route: is routeTicket done?');
    const overLimit = await graph.invoke({ ticket: refundTicket('T-over', 10_001) }, threadFor('T-over'));
    assert.equal(pendingApprovals(overLimit).length, 1, '£100.01 is over the threshold: the approve node must call interrupt()');
    assert.equal(payments.refunds.length, 1, 'only the £100.00 refund moved money');
  });
});

describe('approval by a person', () => {
  test('a refund over £100.00 pauses at approve with a request for a person, and moves no money', async () => {
    const { graph, payments } = freshDesk();
    const paused = await graph.invoke({ ticket: ticketById('T-1003') }, threadFor('T-1003'));
    assert.deepEqual(
      pendingApprovals(paused),
      [{ ticketId: 'T-1003', customer: 'Alan', amountPence: 34_900, message: 'The sofa arrived with a broken leg. I would like a refund.' }],
      'the approve node should call interrupt() with an ApprovalRequest for the £349.00 sofa',
    );
    assert.deepEqual((await graph.getState(threadFor('T-1003'))).next, ['approve'], 'the checkpoint says approve runs next');
    assert.equal(payments.refunds.length, 0);
  });

  test('resumed with an approval, it refunds once; approve runs again from its first line', async () => {
    const { graph, payments, trace } = freshDesk();
    const paused = await graph.invoke({ ticket: ticketById('T-1003') }, threadFor('T-1003'));
    assert.equal(pendingApprovals(paused).length, 1, 'the run should pause first: the approve node must call interrupt() for a refund over £100.00');
    const done = await decide(graph, 'T-1003', { approved: true, reviewer: 'Sam' });
    assert.deepEqual([done.approval?.approved, done.approval?.by], [true, 'Sam'], 'record the decision as approval: { approved, by: reviewer }');
    assert.deepEqual(done.receipt, { refundId: 're_001', ticketId: 'T-1003', amountPence: 34_900 });
    assert.deepEqual(trace, ['classify', 'approve', 'approve', 'refund', 'reply'], 'classify ran once; approve ran to pause, then again to resume');
    assert.equal(payments.refunds.length, 1);
    assert.deepEqual((await graph.getState(threadFor('T-1003'))).next, [], 'the run has finished');
  });

  test('resumed with a refusal, it moves no money and tells the customer why', async () => {
    const { graph, payments } = freshDesk();
    const paused = await graph.invoke({ ticket: ticketById('T-1004') }, threadFor('T-1004'));
    assert.equal(pendingApprovals(paused).length, 1, 'the run should pause first: the approve node must call interrupt() for a refund over £100.00');
    const done = await decide(graph, 'T-1004', { approved: false, reviewer: 'Sam', note: 'The warranty covers a repair.' });
    assert.equal(done.receipt, undefined);
    assert.equal(payments.refunds.length, 0);
    assert.equal(done.response, 'Dear Edsger, we cannot refund £120.00 this time. The warranty covers a repair.');
  });

  test('a malformed decision is refused before it reaches the graph, and the run stays paused', async () => {
    const { graph, payments } = freshDesk();
    const paused = await graph.invoke({ ticket: ticketById('T-1003') }, threadFor('T-1003'));
    assert.equal(pendingApprovals(paused).length, 1, 'the run should pause first: the approve node must call interrupt() for a refund over £100.00');
    assert.throws(() => decide(graph, 'T-1003', { approved: 'yes', reviewer: 'Sam' }), /field "approved"/);
    assert.deepEqual((await graph.getState(threadFor('T-1003'))).next, ['approve'], 'still waiting for a valid decision');
    const done = await decide(graph, 'T-1003', { approved: true, reviewer: 'Sam' });
    assert.equal(done.receipt?.amountPence, 34_900);
    assert.equal(payments.refunds.length, 1);
  });

  test('the checkpointer keeps threads apart: two paused tickets are decided separately', async () => {
    const { graph, payments } = freshDesk();
    const paused = await graph.invoke({ ticket: ticketById('T-1003') }, threadFor('T-1003'));
    assert.equal(pendingApprovals(paused).length, 1, 'the run should pause first: the approve node must call interrupt() for a refund over £100.00');
    await graph.invoke({ ticket: ticketById('T-1004') }, threadFor('T-1004'));
    const second = await decide(graph, 'T-1004', { approved: true, reviewer: 'Kim' });
    assert.equal(second.receipt?.ticketId, 'T-1004');
    assert.deepEqual((await graph.getState(threadFor('T-1003'))).next, ['approve'], 'T-1003 is still waiting');
    const first = await decide(graph, 'T-1003', { approved: true, reviewer: 'Sam' });
    assert.equal(first.receipt?.ticketId, 'T-1003');
    assert.deepEqual(payments.refunds.map((refund) => refund.ticketId), ['T-1004', 'T-1003']);
  });
});

describe('idempotent refunds', () => {
  test('the refund tool moves money once per ticket, however often it is called', async () => {
    const payments = createFakePayments();
    const refunds = createRefundTool(payments);
    const first = await refunds.issue('T-1002', 1_850);
    const again = await refunds.issue('T-1002', 1_850);
    assert.deepEqual(again, first, 'a second call for the same ticket returns the first refund');
    await refunds.issue('T-1003', 34_900);
    assert.deepEqual(payments.refunds.map((refund) => refund.ticketId), ['T-1002', 'T-1003'], 'one refund per ticket, and a different ticket still gets its own');
  });

  test('when the provider pays but its answer is lost, the retry does not pay again', async () => {
    const payments = createFakePayments({ loseAnswers: 1 });
    const refunds = createRefundTool(payments);
    await assert.rejects(refunds.issue('T-1002', 1_850), PaymentTimeoutError);
    const retried = await refunds.issue('T-1002', 1_850);
    assert.equal(
      payments.refunds.length,
      1,
      'the first call moved the money before its answer was lost: send a key made from the ticket id (idempotencyKey) so the provider knows the retry',
    );
    assert.equal(retried.refundId, 're_001');
  });

  test('replaying a thread from the checkpoint before "refund" does not refund twice', async () => {
    const { graph, payments, trace } = freshDesk();
    await graph.invoke({ ticket: ticketById('T-1003') }, threadFor('T-1003'));
    await decide(graph, 'T-1003', { approved: true, reviewer: 'Sam' });
    const history = [];
    for await (const snapshot of graph.getStateHistory(threadFor('T-1003'))) history.push(snapshot);
    const beforeRefund = history.find((snapshot) => snapshot.next.includes('refund'));
    assert.ok(beforeRefund, 'no checkpoint before the refund node: does a large refund reach it after approval?');
    trace.length = 0;
    const replayed = await graph.invoke(null, beforeRefund.config);
    assert.deepEqual(trace, ['refund', 'reply'], 'the replay runs the refund node again');
    assert.equal(payments.refunds.length, 1, 'the replay ran the refund node again, and the refund tool paid again');
    assert.equal(replayed.receipt?.refundId, 're_001');
  });

  test('a run that crashed in "refund" resumes from its last checkpoint and refunds once', async () => {
    const { graph, payments } = freshDesk({ loseAnswers: 1 });
    await assert.rejects(graph.invoke({ ticket: ticketById('T-1002') }, threadFor('T-1002')), PaymentTimeoutError);
    assert.deepEqual((await graph.getState(threadFor('T-1002'))).next, ['refund'], 'the last checkpoint is the one before refund');
    const resumed = await graph.invoke(null, threadFor('T-1002'));
    assert.equal(payments.refunds.length, 1, 'the crashed attempt had already paid: the retry must not pay again');
    assert.equal(resumed.response, 'Dear Grace, we have refunded £18.50 (re_001).');
  });
});
