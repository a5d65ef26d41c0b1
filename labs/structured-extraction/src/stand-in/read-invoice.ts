// How the stand-in reads an invoice: fixed patterns over the labelled lines of
// the document. A real model reads far more varied layouts, and errs less
// predictably. Which pattern it uses for some fields depends on what the prompt
// told it (see extractor.ts).

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const currencyOfSymbol: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD', CHF: 'CHF' };

export interface ReadOptions {
  /** The vendor is the issuer: the "From:" line if there is one, not the "Bill to" party. */
  vendorIsIssuer: boolean;
  /** The total is the amount due including tax ("Total due"), not the first line that starts with "Total". */
  totalIsAmountDue: boolean;
}

/** The fields as the document prints them, before any formatting for JSON. */
export interface PrintedInvoice {
  invoiceNumber: string | undefined;
  vendor: string | undefined;
  issueDate: string | undefined;
  dueDate: string | undefined;
  currency: string | undefined;
  subtotal: string | undefined;
  tax: string | undefined;
  total: string | undefined;
  poNumber: string | undefined;
}

const line = (document: string, pattern: RegExp): string | undefined => document.match(pattern)?.[1]?.trim();

function readVendor(document: string, vendorIsIssuer: boolean): string | undefined {
  const from = line(document, /^From:\s*([^,\n]+)/m);
  if (vendorIsIssuer && from) return from;
  // Without the rule, the first line is taken, "Bill to:" and all: on some layouts, the customer.
  return document.split('\n')[0]?.replace(/^Bill to:\s*/i, '').trim() || undefined;
}

export function readInvoice(document: string, options: ReadOptions): PrintedInvoice {
  const total = options.totalIsAmountDue ? line(document, /^Total due:\s*(.+)$/m) : line(document, /^Total\b[^:\n]*:\s*(.+)$/m);
  const totalDue = line(document, /^Total due:\s*(.+)$/m) ?? '';
  const symbol = Object.keys(currencyOfSymbol).find((candidate) => totalDue.startsWith(candidate));
  return {
    invoiceNumber: line(document, /invoice no\.?:\s*(\S+)/i),
    vendor: readVendor(document, options.vendorIsIssuer),
    issueDate: line(document, /^(?:Date|Invoice date|Issued):\s*(.+)$/m),
    dueDate: line(document, /^(?:Due date|Payment due):\s*(.+)$/m),
    currency: symbol ? currencyOfSymbol[symbol] : undefined,
    subtotal: line(document, /^(?:Subtotal|Total excl\. (?:VAT|tax)):\s*(.+)$/m),
    tax: line(document, /^(?:VAT|Sales tax|MWST)[^:\n]*:\s*(.+)$/m),
    total,
    poNumber: line(document, /^Purchase order:\s*(\S+)/m),
  };
}

/** "8 August 2026", "August 8, 2026", "08.08.2026" or "2026-08-08" → "2026-08-08". */
export function isoDate(printed: string): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  let match = printed.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match) return printed;
  match = printed.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  if (match) return `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  match = printed.match(/^(\d{1,2}) ([A-Za-z]+) (\d{4})$/) ?? printed.match(/^([A-Za-z]+) (\d{1,2}), (\d{4})$/);
  if (!match) return printed;
  const [day, month] = /^\d/.test(match[1] ?? '') ? [match[1], match[2]] : [match[2], match[1]];
  return `${match[3]}-${pad(monthNames.indexOf((month ?? '').toLowerCase()) + 1)}-${pad(Number(day))}`;
}

/** "£1,250.00" → 1250; "CHF 77.76" → 77.76. */
export const amountOf = (printed: string): number => Number(printed.replace(/[^\d.]/g, ''));
