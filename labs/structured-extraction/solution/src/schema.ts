import { z } from 'zod';

/** The fields an accounts-payable system needs from an invoice, in the order they are scored. */
export const invoiceFields = ['invoiceNumber', 'vendor', 'issueDate', 'dueDate', 'currency', 'subtotal', 'tax', 'total', 'poNumber'] as const;
export type InvoiceField = (typeof invoiceFields)[number];

const money = z.number().nonnegative();

export const invoiceSchema = z
  .object({
    invoiceNumber: z.string().min(1),
    vendor: z.string().min(1),
    issueDate: z.iso.date(),
    dueDate: z.iso.date().nullable(),
    currency: z.enum(['EUR', 'GBP', 'USD', 'CHF']),
    subtotal: money,
    tax: money,
    total: money,
    poNumber: z.string().min(1).nullable(),
  })
  // A rule that spans fields: a JSON schema sent to a provider cannot say it, so
  // constrained decoding cannot enforce it. Only validation after the answer can.
  .refine((invoice) => Math.abs(invoice.subtotal + invoice.tax - invoice.total) <= 0.01, {
    path: ['total'],
    message: 'total must equal subtotal + tax',
  });

export type Invoice = z.infer<typeof invoiceSchema>;
