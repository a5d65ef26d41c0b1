import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOf } from '@ai-roadmap/kit';
import { costLedger, unattributed } from '../src/ledger.ts';
import { answerRequest } from '../src/app.ts';
import { createTracer, type Span } from '../src/tracer.ts';
import { simulateWeek } from '../src/weeks.ts';

const call = (traceId: string, spanId: string, model: string, input: number, output: number): Span => ({
  traceId, spanId, parentSpanId: `${traceId}-root`, name: `chat ${model}`, startMs: 0, endMs: 1, status: 'ok',
  attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model, 'gen_ai.usage.input_tokens': input, 'gen_ai.usage.output_tokens': output },
});
const root = (traceId: string, tenant?: string): Span => ({
  traceId, spanId: `${traceId}-root`, name: 'invoke_agent support-desk', startMs: 0, endMs: 1, status: 'ok',
  attributes: tenant ? { 'gen_ai.operation.name': 'invoke_agent', 'tenant.id': tenant } : { 'gen_ai.operation.name': 'invoke_agent' },
});

test('the ledger prices each request from its calls and adds it to the root span\'s tenant', () => {
  const spans = [root('t1', 'acme'), call('t1', 'a', 'gpt-6.1-sol', 1000, 200), call('t1', 'b', 'gpt-6-luna', 500, 100), root('t2', 'globex'), call('t2', 'c', 'gpt-6.1-sol', 2000, 0)];
  const ledger = costLedger(spans);
  // 1,000 × $2 + 200 × $10 = $0.004; 500 × $0.1 + 100 × $0.5 = $0.0001; 2,000 × $2 = $0.004 (per million).
  assert.ok(ledger.requests.t1, 'add every call to ledger.requests[traceId]');
  assert.equal(ledger.requests.t1.calls, 2);
  assert.equal(ledger.requests.t1.inputTokens, 1500);
  assert.equal(ledger.requests.t1.outputTokens, 300);
  assert.ok(Math.abs(ledger.requests.t1.usd - 0.0041) < 1e-12);
  assert.equal(ledger.requests.t1.tenant, 'acme');
  assert.ok(Math.abs((ledger.tenants.acme ?? 0) - 0.0041) < 1e-12, 'add every call to ledger.tenants');
  assert.ok(Math.abs((ledger.tenants.globex ?? 0) - 0.004) < 1e-12);
  assert.ok(Math.abs(ledger.totalUsd - 0.0081) < 1e-12);
});

test('a trace without a tenant is charged to (unattributed), never dropped', async () => {
  const tracer = createTracer();
  await answerRequest(tracer, { tenant: 'acme', question: 'Where is my order 1042?' });
  await answerRequest(tracer, { question: 'Where is my order 2077?' });
  const ledger = costLedger(tracer.spans, { 'stand-in': 'gpt-6.1-sol' });
  assert.ok((ledger.tenants[unattributed] ?? 0) > 0, 'the second request has no tenant.id: charge it to unattributed');
  const byTenant = Object.values(ledger.tenants).reduce((sum, usd) => sum + usd, 0);
  const byRequest = Object.values(ledger.requests).reduce((sum, request) => sum + request.usd, 0);
  assert.ok(Math.abs(byTenant - ledger.totalUsd) < 1e-12, 'the tenants add up to the total');
  assert.ok(Math.abs(byRequest - ledger.totalUsd) < 1e-12, 'the requests add up to the total');
});

test('a week of traffic: the tenants add up to the total, which matches pricing every call by hand', () => {
  const week = simulateWeek({ seed: 1 });
  const ledger = costLedger(week);
  const byHand = week
    .filter((span) => span.attributes['gen_ai.operation.name'] === 'chat')
    .reduce((sum, span) => sum + costOf({ inputTokens: span.attributes['gen_ai.usage.input_tokens'] as number, outputTokens: span.attributes['gen_ai.usage.output_tokens'] as number }, span.attributes['gen_ai.request.model'] as string), 0);
  assert.ok(Math.abs(ledger.totalUsd - byHand) < 1e-9);
  assert.deepEqual(Object.keys(ledger.tenants).sort(), ['acme', 'globex', 'initech']);
  assert.equal(Object.keys(ledger.requests).length, 700);
});
