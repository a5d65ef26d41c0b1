import { wrapDocument, type PromptTemplate } from './template.ts';

// Version 1: the first prompt anyone writes. It names the keys and nothing else.
export const invoicePromptV1: PromptTemplate = {
  id: 'invoice-extraction',
  version: 'v1',
  system: 'Extract the invoice in the message as JSON with these keys: invoiceNumber, vendor, issueDate, dueDate, currency, subtotal, tax, total, poNumber.',
  user: wrapDocument,
};
