import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { answerRequest } from '../src/app.ts';
import { tracingMiddleware } from '../src/middleware.ts';
import { createTracer, chatSpans, durationMs } from '../src/tracer.ts';

test('every model call is a chat span with the usage and finish reason it reported', async () => {
  const tracer = createTracer();
  await answerRequest(tracer, { tenant: 'acme', question: 'Where is my order 1042?' });
  const calls = chatSpans(tracer.spans);
  assert.equal(calls.length, 2, 'the order question takes two model calls: the tool call, then the answer');
  for (const call of calls) {
    assert.equal(call.name, 'chat stand-in');
    assert.equal(call.attributes['gen_ai.request.model'], 'stand-in');
    assert.equal(typeof call.attributes['gen_ai.usage.input_tokens'], 'number', 'record gen_ai.usage.input_tokens from result.usage.inputTokens.total');
    assert.equal(typeof call.attributes['gen_ai.usage.output_tokens'], 'number', 'record gen_ai.usage.output_tokens from result.usage.outputTokens.total');
    assert.ok((call.attributes['gen_ai.usage.input_tokens'] as number) > 0);
  }
  assert.deepEqual(calls.map((call) => call.attributes['gen_ai.response.finish_reasons']), [['tool-calls'], ['stop']],
    'record gen_ai.response.finish_reasons as a list holding result.finishReason.unified');
});

test('the spans of one request nest: the agent, its model calls and its tool call', async () => {
  const tracer = createTracer();
  await answerRequest(tracer, { tenant: 'acme', question: 'Where is my order 1042?' });
  assert.deepEqual(tracer.spans.map((span) => span.name), ['invoke_agent support-desk', 'chat stand-in', 'execute_tool lookupOrder', 'chat stand-in']);
  const [root, ...children] = tracer.spans;
  assert.ok(root);
  for (const child of children) {
    assert.equal(child.traceId, root.traceId);
    assert.equal(child.parentSpanId, root.spanId);
  }
  assert.equal(durationMs(root), tracer.spans.slice(1).reduce((sum, span) => sum + durationMs(span), 0), 'the steps run one after another');
});

test('content is recorded only when captureContent is on', async () => {
  const quiet = createTracer();
  await answerRequest(quiet, { question: 'Hello there' });
  assert.equal(chatSpans(quiet.spans)[0]?.attributes['gen_ai.input.messages'], undefined);
  const loud = createTracer();
  await answerRequest(loud, { question: 'Hello there' }, { captureContent: true });
  const [call] = chatSpans(loud.spans);
  assert.ok(call, 'the greeting takes one model call');
  assert.match(String(call.attributes['gen_ai.input.messages']), /Hello there/);
  assert.match(String(call.attributes['gen_ai.output.messages']), /stand-in model/, 'with captureContent, record the answer as gen_ai.output.messages');
});

test('a model call that throws ends its span with an error and rethrows', async () => {
  const tracer = createTracer();
  const broken = new MockLanguageModelV4({
    doGenerate: async () => {
      throw new TypeError('the provider is down');
    },
  });
  const model = wrapLanguageModel({ model: broken, middleware: tracingMiddleware(tracer) });
  await assert.rejects(generateText({ model, prompt: 'Hi', maxRetries: 0 }), /the provider is down/);
  const [span] = tracer.spans;
  assert.ok(span, 'the middleware starts a span for the call');
  assert.equal(span.status, 'error', 'catch the error, end the span with status error, then throw it again');
  assert.equal(span.attributes['error.type'], 'TypeError');
  assert.notEqual(span.endMs, undefined);
});
