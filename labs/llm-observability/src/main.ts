// Trace three help-desk requests, price them per request and per tenant, then read three
// recorded weeks: latency percentiles, and the drift alert on a normal and a shifted week.
import { answerRequest } from './app.ts';
import { createTracer, durationMs, type Span } from './tracer.ts';
import { exportSpans } from './redact.ts';
import { costLedger } from './ledger.ts';
import { latencySummary } from './latency.ts';
import { checkDrift } from './drift.ts';
import { outputTokens, simulateWeek } from './weeks.ts';

// The stand-in is free; price its calls as gpt-6.1-sol from the kit's table.
const priceAs = { 'stand-in': 'gpt-6.1-sol' };
const tracer = createTracer();

await answerRequest(tracer, { tenant: 'acme', question: 'Where is my order 1042? You can reach me at jo.bloggs@example.com.' }, { captureContent: true });
await answerRequest(tracer, { tenant: 'globex', question: 'Hello, is the shop open on Sunday?' }, { captureContent: true });
await answerRequest(tracer, { question: 'Has order 2077 arrived? Call me on 020 7946 0958.' }, { captureContent: true });

function printTrace(spans: Span[], traceId: string) {
  const inTrace = spans.filter((span) => span.traceId === traceId);
  const depth = (span: Span): number => (span.parentSpanId ? 1 + depth(inTrace.find((s) => s.spanId === span.parentSpanId)!) : 0);
  for (const span of inTrace) {
    const usage = span.attributes['gen_ai.usage.input_tokens'] !== undefined
      ? `  in ${span.attributes['gen_ai.usage.input_tokens']}, out ${span.attributes['gen_ai.usage.output_tokens']}`
      : '';
    console.log(`${'  '.repeat(depth(span))}${span.name}  [${span.startMs}–${span.endMs} ms, ${durationMs(span)} ms, ${span.status}]${usage}`);
  }
}

console.log('— The first request, as a trace —');
printTrace(tracer.spans, 'trace-1');

console.log('\n— What the exporter sends for its first model call (content redacted) —');
const exported = exportSpans(tracer.spans).find((span) => span.traceId === 'trace-1' && span.name.startsWith('chat'));
console.log(exported?.attributes['gen_ai.input.messages']);

console.log('\n— Cost ledger, priced as gpt-6.1-sol —');
const ledger = costLedger(tracer.spans, priceAs);
for (const [traceId, request] of Object.entries(ledger.requests)) {
  console.log(`${traceId}  ${request.tenant.padEnd(15)} ${request.calls} calls  in ${request.inputTokens}  out ${request.outputTokens}  $${request.usd.toFixed(6)}`);
}
for (const [tenant, usd] of Object.entries(ledger.tenants)) console.log(`tenant ${tenant.padEnd(15)} $${usd.toFixed(6)}`);
console.log(`total                  $${ledger.totalUsd.toFixed(6)}`);

console.log('\n— Three recorded weeks —');
const baseline = simulateWeek({ seed: 1 });
const normalWeek = simulateWeek({ seed: 2 });
const shiftedWeek = simulateWeek({ seed: 3, outputScale: 1.4 });
const latency = latencySummary(baseline);
console.log(`baseline latency (${latency.count} calls, nearest rank): mean ${latency.meanMs.toFixed(0)} ms, p50 ${latency.p50Ms}, p95 ${latency.p95Ms}, p99 ${latency.p99Ms} ms`);
const weekCost = costLedger(baseline);
console.log(`baseline cost: $${weekCost.totalUsd.toFixed(2)}; ${Object.entries(weekCost.tenants).map(([t, usd]) => `${t} $${usd.toFixed(2)}`).join(', ')}`);

const options = { maxRelativeChange: 0.15, minSamples: 200 };
for (const [name, week] of [['normal week', normalWeek], ['shifted week', shiftedWeek]] as const) {
  const drift = checkDrift(outputTokens(baseline), outputTokens(week), options);
  console.log(`${name}: mean output ${drift.baselineMean.toFixed(1)} → ${drift.currentMean.toFixed(1)} tokens, ${drift.reason}: ${drift.fires ? 'ALERT' : 'quiet'}`);
}
