import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invoices } from '../src/data/invoices.ts';
import { extractInvoice } from '../src/extract.ts';
import { invoicePromptV2 } from '../src/prompts/invoice-v2.ts';
import { recordingModel } from './support.ts';

const byId = (id: string) => {
  const found = invoices.find((document) => document.id === id);
  if (!found) throw new Error(`no invoice ${id} in src/data/invoices.ts`);
  return found;
};

test('a valid first answer costs one call', async () => {
  const { model, calls } = recordingModel();
  const extraction = await extractInvoice(byId('inv-01').text, invoicePromptV2, { model });
  assert.equal(calls.length, 1);
  assert.deepEqual(extraction.invoice, byId('inv-01').label, 'this answer is valid JSON that fits the schema: parseJsonReply and checkReply (src/check.ts) should accept it');
  assert.equal(extraction.attempts, 1);
  assert.ok(extraction.inputTokens > 0 && extraction.outputTokens > 0, 'add the usage of each call to the totals');
});

test('a fenced answer is fixed in code, not by asking again', async () => {
  const document = byId('inv-03'); // has notes, so the stand-in wraps its JSON in a ```json fence
  assert.match(document.text, /^Notes:/m);
  const { model, calls } = recordingModel();
  const extraction = await extractInvoice(document.text, invoicePromptV2, { model });
  assert.equal(calls.length, 1, 'parseJsonReply should strip the fence: a second call for that is money wasted');
  assert.ok(extraction.invoice, 'the fenced JSON is a valid invoice once the fence is gone');
});

test('broken JSON is repaired: the model sees its answer and the parser’s error, and fixes it', async () => {
  const document = byId('inv-05'); // the vendor's name has double quotes in it, which the stand-in does not escape
  const { model, calls } = recordingModel();
  const extraction = await extractInvoice(document.text, invoicePromptV2, { model });
  assert.equal(extraction.attempts, 2, 'ask again after an answer that is not valid JSON');
  assert.equal(calls.length, 2);
  const second = calls[1] ?? [];
  const roles = second.filter((message) => message.role !== 'system').map((message) => message.role);
  assert.deepEqual(roles, ['user', 'assistant', 'user'], 'the retry sends the document, the model’s broken answer, then the feedback');
  const feedback = JSON.stringify(second.at(-1));
  assert.match(feedback, /not valid JSON/, 'the feedback says what was wrong (feedbackFor)');
  assert.equal(extraction.invoice?.vendor, 'Studio "Blue Door" Ltd');
  assert.equal(extraction.problems.length, 1);
});

test('a schema problem is repaired field by field, and the totals cover every call', async () => {
  const document = byId('inv-02'); // "Total excl. VAT" comes first; v1 takes it as the total and writes dates as printed
  const { invoicePromptV1 } = await import('../src/prompts/invoice-v1.ts');
  const { model, calls } = recordingModel();
  const extraction = await extractInvoice(document.text, invoicePromptV1, { model });
  assert.equal(calls.length, 2, 'one repair: the feedback names issueDate, dueDate and total, and the model fixes all three');
  const feedback = JSON.stringify(calls[1]?.at(-1));
  assert.match(feedback, /- total: total must equal subtotal \+ tax/, 'the cross-field rule in invoiceSchema caught the wrong total');
  assert.match(feedback, /- issueDate: /);
  assert.equal(extraction.invoice?.total, 522.25);
  assert.equal(extraction.invoice?.issueDate, '2026-03-12');
  assert.ok(extraction.inputTokens > 2 * 100, 'the second call re-sends the whole conversation, and its tokens count too');
});

test('the loop is bounded: a document the model cannot read stops after maxAttempts calls and returns null', async () => {
  const document = byId('inv-27'); // a scan the stand-in cannot read: it answers in prose every time
  const { model, calls } = recordingModel();
  const extraction = await extractInvoice(document.text, invoicePromptV2, { model, maxAttempts: 3 });
  assert.equal(calls.length, 3, 'three calls, then stop: send the document to a person');
  assert.equal(extraction.invoice, null);
  assert.equal(extraction.problems.length, 3);
  const once = await extractInvoice(document.text, invoicePromptV2, { model: recordingModel().model, maxAttempts: 1 });
  assert.equal(once.attempts, 1);
});
