import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBudgets } from '../src/budget.ts';
import { createManualClock } from '../src/clock.ts';
import { chatRequest, deployments } from '../src/fixtures.ts';
import { estimateInputTokens } from '../src/providers.ts';
import { createRouter } from '../src/router.ts';
import { createScriptedTransport } from '../src/transport.ts';

const worstCase = estimateInputTokens(chatRequest) + chatRequest.maxTokens;

function setup(script: Parameters<typeof createScriptedTransport>[0], limits: Record<string, number> = { acme: 10_000 }) {
  const clock = createManualClock();
  const transport = createScriptedTransport(script);
  const budgets = createBudgets(limits);
  const router = createRouter({
    route: [deployments.bedrock, deployments.vertex, deployments.azure],
    transport: transport.send,
    budgets,
    breaker: { failureThreshold: 2, cooldownMs: 10_000, clock },
  });
  return { clock, transport, budgets, router };
}

const path = (attempts: { provider: string; outcome: string; status?: number }[]) => attempts.map((a) => (a.outcome === 'skipped' ? `${a.provider}:skipped` : `${a.provider}:${a.status}`)).join(' ');

test('a 429 from the first provider falls back to the next, and the answer is normalised', async () => {
  const { router } = setup({ bedrock: [429] });
  const { result, attempts } = await router.send('acme', chatRequest);
  assert.equal(path(attempts), 'bedrock:429 vertex:200', 'after a 429, try the next deployment of the route');
  assert.equal(result.provider, 'vertex');
  assert.equal(result.usage.totalTokens, 46);
});

test('5xx answers fall through the whole route in order', async () => {
  const { router } = setup({ bedrock: [503], vertex: [500] });
  const { result, attempts } = await router.send('acme', chatRequest);
  assert.equal(path(attempts), 'bedrock:503 vertex:500 azure:200');
  assert.equal(result.provider, 'azure');
});

test('a 400 is not retried elsewhere: it is our mistake and would fail everywhere', async () => {
  const { router, transport } = setup({ bedrock: [400] });
  await assert.rejects(router.send('acme', chatRequest), /400/);
  assert.equal(transport.sent.length, 1, 'only 429 and 5xx move on to the next provider');
});

test('once a provider\'s breaker is open, the router skips it without sending, and tries it again after the cool-down', async () => {
  const { router, transport, clock } = setup({ bedrock: [503, 503] });
  await router.send('acme', chatRequest);
  await router.send('acme', chatRequest);
  assert.equal(router.breakerOf('bedrock').state(), 'open', 'two failures open a breaker with failureThreshold 2: tell the breaker about each 429 or 5xx');
  const skipped = await router.send('acme', chatRequest);
  assert.equal(path(skipped.attempts), 'bedrock:skipped vertex:200');
  assert.equal(transport.sent.filter((request) => request.provider === 'bedrock').length, 2, 'an open breaker sends nothing to its provider');
  clock.advance(10_000);
  const trial = await router.send('acme', chatRequest);
  assert.equal(path(trial.attempts), 'bedrock:200', 'the half-open trial succeeds');
  assert.equal(router.breakerOf('bedrock').state(), 'closed');
});

test('when every provider fails, the error lists what happened at each', async () => {
  const { router } = setup({ bedrock: [503], vertex: [429], azure: [502] });
  await assert.rejects(router.send('acme', chatRequest), /bedrock 503, vertex 429, azure 502/);
});

test('a tenant whose budget cannot cover the worst case is refused before anything is sent', async () => {
  const { router, transport } = setup({}, { acme: 10_000, tiny: worstCase - 1 });
  await assert.rejects(router.send('tiny', chatRequest), /refused before sending.*tiny/, 'check the budget before the first provider is called');
  assert.equal(transport.sent.length, 0, 'a refused request must never reach a provider');
  await assert.rejects(router.send('stranger', chatRequest), /"stranger" has no budget/);
  assert.equal(transport.sent.length, 0);
});

test('a tenant is charged what the answer used, and refused once the rest cannot cover another worst case', async () => {
  const { router, budgets, transport } = setup({}, { acme: worstCase + 48 });
  await router.send('acme', chatRequest);
  assert.equal(budgets.spent('acme'), 49, 'charge the usage the provider reported (bedrock: 49 tokens), not the estimate');
  await assert.rejects(router.send('acme', chatRequest), /has \d+ of \d+ tokens left/);
  assert.equal(transport.sent.length, 1);
});
