import { fewShotExamples } from '../data/examples.ts';
import { wrapDocument, type PromptTemplate } from './template.ts';

// Version 2: says what each field means, names the traps the v1 outputs fell
// into, and shows two worked examples. Longer, so every call costs more input tokens.
const instructions = `You extract invoice data for an accounts-payable system.
Reply with only the JSON object: no prose and no code fences.

Fields:
- invoiceNumber: the invoice's own number, exactly as printed.
- vendor: the company that issued the invoice. Never the "Bill to" party, which is the customer.
- issueDate, dueDate: dates as YYYY-MM-DD. dueDate is null when the invoice is payable on receipt.
- currency: the ISO 4217 code: EUR, GBP, USD or CHF.
- subtotal, tax, total: plain JSON numbers, without currency symbols or thousands separators. total is the amount due including tax.
- poNumber: the customer's purchase order number.

Use null when a field is absent from the document; never write "N/A" or an empty string.`;

const examples = fewShotExamples
  .map((example, index) => `Example ${index + 1}\n${wrapDocument(example.document).replace(/invoice>/g, 'example>')}\n${JSON.stringify(example.answer)}`)
  .join('\n\n');

export const invoicePromptV2: PromptTemplate = {
  id: 'invoice-extraction',
  version: 'v2',
  system: `${instructions}\n\n${examples}`,
  user: wrapDocument,
};
