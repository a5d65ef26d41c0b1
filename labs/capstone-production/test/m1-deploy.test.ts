// Milestone 1: an image fit to deploy, and probes that tell the platform the truth.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkImage, readStages, type DockerRule } from '../src/dockerfile-rules.ts';
import { handle } from '../src/handler.ts';
import { liveness, readiness, type HealthState } from '../src/health.ts';
import { createSimulatedProvider, northwind } from '../src/providers.ts';
import { seededRandom } from '../src/clock.ts';
import { createService } from '../src/service.ts';

const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const problems = (rule: DockerRule): string => checkImage(dockerfile).filter((problem) => problem.rule === rule).map((problem) => `${problem.line === null ? 'missing' : `line ${problem.line}`}: ${problem.message}`).join('\n');

test('m1: the checker finds every problem in a bad Dockerfile', () => {
  const bad = 'FROM node\nENV OPENAI_API_KEY=sk-x PORT=8080\nCOPY . .\nRUN npm install\nHEALTHCHECK CMD curl -f http://localhost:8080/readyz\nCMD ["node", "src/server.ts"]\n';
  assert.deepEqual(checkImage(bad).map((problem) => problem.rule).sort(), ['healthcheck', 'multi-stage', 'no-secrets', 'non-root', 'pinned-base', 'production-install']);
  assert.deepEqual(readStages('FROM node:24-slim AS build\nRUN npm ci && \\\n  npm test\nFROM build\n').map((stage) => [stage.name, stage.base]), [['build', 'node:24-slim'], ['stage 1', 'build']]);
});

for (const [rule, fix] of [
  ['multi-stage', 'a build stage (FROM node:24-slim AS build) that runs npm ci and npm test, then a final stage'],
  ['pinned-base', 'FROM node:24-slim, not node or node:latest, in every stage'],
  ['non-root', 'USER node in the final stage'],
  ['healthcheck', 'HEALTHCHECK … CMD ["node", "src/healthcheck.ts"] in the final stage'],
  ['no-secrets', 'delete the ENV line with the key: it arrives at run time'],
  ['production-install', 'RUN npm ci --omit=dev in the final stage'],
] as const) {
  test(`m1: the lab's Dockerfile keeps the ${rule} rule`, () => assert.equal(problems(rule), '', `Dockerfile: ${fix}`));
}

const healthy = (nowMs: number): HealthState => ({ warmUpDoneAtMs: 1_000, draining: false, lastHeartbeatAtMs: nowMs - 2_000, lastSuccessAtMs: { northwind: nowMs - 30_000, southgate: null } });

test('m1: a warm instance with a recent heartbeat and a provider that answers is live and ready', () => {
  assert.deepEqual(liveness(healthy(600_000), 600_000), { ok: true, reasons: [] });
  assert.deepEqual(readiness(healthy(600_000), 600_000), { ok: true, reasons: [] });
});

test('m1: a stuck event loop fails liveness, with how long it has been stuck', () => {
  const state = { ...healthy(600_000), lastHeartbeatAtMs: 600_000 - 42_500 };
  assert.deepEqual(liveness(state, 600_000), { ok: false, reasons: ['event loop stuck: no heartbeat for 42 s'] });
  assert.equal(readiness(state, 600_000).ok, false, 'a process that is not live is not ready either');
});

test('m1: a provider outage fails readiness but not liveness: restarting would not help', () => {
  const state = { ...healthy(600_000), lastSuccessAtMs: { northwind: 400_000, southgate: null } };
  assert.equal(liveness(state, 600_000).ok, true, 'liveness must not depend on the provider');
  assert.deepEqual(readiness(state, 600_000).reasons, ['no provider has answered in the last 120 s']);
  const fallback = { ...state, lastSuccessAtMs: { northwind: 400_000, southgate: 590_000 } };
  assert.equal(readiness(fallback, 600_000).ok, true, 'one provider that answers is enough');
});

test('m1: an instance warming up or draining is live but not ready, one reason a line', () => {
  const cold = { ...healthy(600_000), warmUpDoneAtMs: null, draining: true };
  assert.equal(liveness(cold, 600_000).ok, true);
  const reasons = readiness(cold, 600_000).reasons;
  assert.equal(reasons.length, 2, `expected two reasons, got ${JSON.stringify(reasons)}`);
  assert.match(reasons[0]!, /^draining/);
  assert.equal(reasons[1], 'warm-up has not finished');
});

test('m1: the handler answers the probes with 200 or 503 and checks the request body', () => {
  const service = createService({ routes: [{ provider: createSimulatedProvider(northwind, [], seededRandom(1)), model: 'luna-2026-09-15', expectedModel: 'luna-2026-09-15' }], random: seededRandom(2) });
  assert.equal(handle(service, { method: 'GET', path: '/livez' }, 1_000).status, 200, '/livez: the loop beat at 0');
  const cold = handle(service, { method: 'GET', path: '/readyz' }, 1_000);
  assert.equal(cold.status, 503, '/readyz before the first answered call');
  assert.deepEqual(handle(service, { method: 'POST', path: '/answer', body: {} }, 1_000), { status: 400, body: { error: 'POST /answer: body.question must be a non-empty string' } });
  assert.equal(handle(service, { method: 'POST', path: '/answer', body: { question: 'How much is a day pass?' } }, 2_000).status, 200);
  assert.equal(handle(service, { method: 'GET', path: '/readyz' }, 5_000).status, 200, '/readyz once a provider has answered');
});
