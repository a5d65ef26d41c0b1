// Milestone 2: the supervisor routes each ticket, and a worker hands off at most once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterSupervisor, afterWorker, MAX_HANDOFFS } from '../src/route.ts';
import { createDesk, runScenario } from '../src/run-scenarios.ts';
import { scenarios } from '../src/scenarios.ts';
import type { DeskStateValue } from '../src/state.ts';
import { callerById } from '../src/world.ts';

const state = (fields: Partial<DeskStateValue>) => ({ caller: callerById('u-dana')!, route: 'billing', visited: [], handoff: null, ...fields }) as DeskStateValue;
const scenario = (id: string) => scenarios.find((entry) => entry.id === id)!;

test('m2: after the supervisor, a ticket goes to the agent it chose, or to refuse', () => {
  assert.equal(afterSupervisor(state({ route: 'billing' })), 'billing');
  assert.equal(afterSupervisor(state({ route: 'ops' })), 'ops');
  assert.equal(afterSupervisor(state({ route: 'none' })), 'refuse', 'no agent can help: refuse');
  assert.equal(afterSupervisor(state({ caller: null, route: 'ops' })), 'refuse', 'an unknown sender is refused, whatever the supervisor chose');
});

test('m2: after a worker, a hand-off goes to an agent that has not worked the ticket, at most MAX_HANDOFFS times', () => {
  assert.equal(MAX_HANDOFFS, 1);
  assert.equal(afterWorker(state({ visited: ['billing'] })), 'gate', 'no hand-off: to the gate');
  assert.equal(afterWorker(state({ visited: ['billing'], handoff: { to: 'ops', note: 'restart web-1' } })), 'ops');
  assert.equal(afterWorker(state({ visited: ['billing', 'ops'], handoff: { to: 'billing', note: 'credit of £10' } })), 'gate', 'never back to an agent that has already worked the ticket');
  assert.equal(afterWorker(state({ visited: ['ops'], handoff: { to: 'ops', note: 'restart web-1' } })), 'gate', 'an agent cannot hand off to itself');
});

test('m2: through the graph, tickets reach the right agents (this needs milestone 1: each agent sees only its own tools)', async () => {
  const desk = await createDesk();
  const given = new Map();
  try {
    const visits: Record<string, string[]> = {};
    for (const id of ['s01', 's03', 's06', 's09', 's10', 'a08']) {
      await runScenario(desk, scenario(id), given);
      visits[id] = (await desk.graph.getState({ configurable: { thread_id: id } })).values.visited;
    }
    assert.deepEqual(visits, {
      s01: ['ops'],
      s03: ['ops'],
      s06: ['billing', 'ops'], // billing credits, then hands the restart to ops; ops hands the credit back, and is not allowed to
      s09: [], // unknown sender
      s10: [], // the weather: nobody's job
      a08: ['billing', 'ops'],
    });
  } finally {
    await desk.host.close();
  }
});
