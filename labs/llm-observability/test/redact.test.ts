import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportSpans, redact } from '../src/redact.ts';
import { answerRequest } from '../src/app.ts';
import { createTracer } from '../src/tracer.ts';

test('redact replaces e-mail addresses, card numbers and phone numbers', () => {
  assert.equal(redact('Write to jo.bloggs+shop@example.co.uk today'), 'Write to [email] today');
  assert.equal(redact('Card 4111 1111 1111 1111 was charged'), 'Card [card] was charged');
  assert.equal(redact('card 4111-1111-1111-1111'), 'card [card]');
  assert.equal(redact('Call 020 7946 0958 or +44 20 7946 0958'), 'Call [phone] or [phone]');
});

test('redact leaves order numbers, prices and dates alone', () => {
  const text = 'Order 1042 cost £24.50 on 2026-12-05';
  assert.equal(redact(text), text);
});

test('the exporter redacts content but leaves the spans in memory as they were', async () => {
  const tracer = createTracer();
  await answerRequest(tracer, { tenant: 'acme', question: 'Where is my order 1042? Mail me at jo@example.com' }, { captureContent: true });
  const exported = exportSpans(tracer.spans);
  const sent = exported.map((span) => String(span.attributes['gen_ai.input.messages'] ?? '')).join('\n');
  assert.doesNotMatch(sent, /jo@example\.com/, 'no e-mail address may leave the process');
  assert.match(sent, /\[email\]/);
  assert.match(sent, /order 1042/);
  assert.match(String(tracer.spans[1]?.attributes['gen_ai.input.messages']), /jo@example\.com/);
});
