import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReply, feedbackFor, parseJsonReply } from '../src/check.ts';
import { invoiceSchema } from '../src/schema.ts';

const invoice = { invoiceNumber: 'INV-7', vendor: 'Kestrel Design Studio', issueDate: '2026-03-12', dueDate: null, currency: 'EUR', subtotal: 431.61, tax: 90.64, total: 522.25, poNumber: 'PO-2106' };
const json = JSON.stringify(invoice);

test('a reply wrapped in a code fence or in a sentence still parses, with no second call', () => {
  for (const reply of [json, `\`\`\`json\n${json}\n\`\`\``, `Here is the extracted invoice:\n${json}`, `Sure!\n\`\`\`\n${json}\n\`\`\`\nAnything else?`]) {
    const parsed = parseJsonReply(reply);
    assert.ok(parsed.ok, `parseJsonReply should find the object in ${JSON.stringify(reply.slice(0, 40))}…: strip fences and text around the braces`);
    assert.deepEqual(parsed.value, invoice);
  }
});

test('a reply with broken JSON, or none, is an error that says what is wrong, not an exception', () => {
  const broken = parseJsonReply('{"vendor": "Studio "Blue Door" Ltd"}');
  assert.equal(broken.ok, false);
  assert.ok(!broken.ok && broken.error.length > 0, 'the error carries the parser’s message, for the feedback to the model');
  const none = parseJsonReply('I could not read enough of this document to extract an invoice.');
  assert.deepEqual(none, { ok: false, error: 'the reply holds no JSON object' });
});

test('the schema checks a rule that spans fields: total = subtotal + tax, reported on "total"', () => {
  assert.ok(invoiceSchema.safeParse(invoice).success, 'a consistent invoice passes');
  assert.ok(invoiceSchema.safeParse({ ...invoice, total: 522.26 }).success, 'a cent of rounding is allowed');
  const wrong = invoiceSchema.safeParse({ ...invoice, total: 431.61 });
  assert.equal(wrong.success, false, 'a total equal to the subtotal (tax forgotten) must fail: add .refine() to invoiceSchema');
  assert.deepEqual(wrong.error?.issues.map((issue) => [issue.path.join('.'), issue.message]), [['total', 'total must equal subtotal + tax']]);
});

test('checkReply returns the invoice, or one "path: message" per problem', () => {
  assert.deepEqual(checkReply(json), { ok: true, invoice });
  const checked = checkReply(JSON.stringify({ ...invoice, issueDate: 'March 12, 2026', subtotal: '431.61' }));
  assert.equal(checked.ok, false);
  assert.ok(!checked.ok && checked.kind === 'schema');
  assert.ok(!checked.ok && checked.problems.some((problem) => problem.startsWith('issueDate: ')), `expected a problem for issueDate, got ${JSON.stringify(!checked.ok && checked.problems)}`);
  assert.ok(!checked.ok && checked.problems.some((problem) => /^subtotal: .*expected number/.test(problem)), 'expected "subtotal: … expected number …"');
  if (!checked.ok) assert.match(feedbackFor(checked), /^- issueDate: /m, 'the feedback lists each problem on its own line');
});
