import { z } from 'zod';

/** The fields an accounts-payable system needs from an invoice, in the order they are scored. */
export const invoiceFields = ['invoiceNumber', 'vendor', 'issueDate', 'dueDate', 'currency', 'subtotal', 'tax', 'total', 'poNumber'] as const;
export type InvoiceField = (typeof invoiceFields)[number];

const money = z.number().nonnegative();

export const invoiceSchema = z.object({
  invoiceNumber: z.string().min(1),
  vendor: z.string().min(1),
  issueDate: z.iso.date(),
  dueDate: z.iso.date().nullable(),
  currency: z.enum(['EUR', 'GBP', 'USD', 'CHF']),
  subtotal: money,
  tax: money,
  total: money,
  poNumber: z.string().min(1).nullable(),
});
// TODO: add a rule that spans fields, with .refine(): the total must equal
// subtotal + tax (allow 0.01 for rounding). Report it on the path ["total"] with
// the message "total must equal subtotal + tax", so the repair loop can tell the
// model which field is wrong. A JSON schema cannot express this rule.

export type Invoice = z.infer<typeof invoiceSchema>;
