// The stand-in model's extraction rule. It is written to behave like a real model
// with no structured-output mode, in ways you can read and predict:
//
// 1. It follows an instruction only when the system prompt states it, in the
//    words listed in `instructions` below. A real model generalises from looser
//    wording, and sometimes ignores the exact wording too.
// 2. It has quirks that no prompt in this lab removes:
//    - it writes strings without escaping them, so a name with a double quote
//      in it breaks the JSON;
//    - it wraps its answer in a ```json code fence when the invoice has notes;
//    - it cannot read a scanned page, and says so in prose, every time.
// 3. When the conversation tells it what was wrong (the repair loop's feedback),
//    it fixes exactly that: "not valid JSON" makes it write strict JSON, and a
//    line "- <field>: <problem>" makes it redo that field.
import type { StandInContext, StandInRule } from '@ai-roadmap/kit';
import { amountOf, isoDate, readInvoice, type PrintedInvoice } from './read-invoice.ts';

/** The instructions the stand-in understands, and the words that state them. */
export const instructions = {
  jsonOnly: /only the JSON object/i,
  vendorIsIssuer: /"Bill to"/i,
  isoDates: /YYYY-MM-DD/,
  plainNumbers: /thousands separators/i,
  totalIsAmountDue: /amount due including tax/i,
  nullWhenAbsent: /use null when a field is absent/i,
};

type Flags = Record<keyof typeof instructions, boolean> & { strictJson: boolean };

/** The document: the last <invoice>…</invoice> block the model was sent. */
const documentIn = (promptText: string): string => promptText.match(/<invoice>\n([\s\S]*?)\n<\/invoice>(?![\s\S]*<invoice>)/)?.[1] ?? '';

/** What the feedback after the document asked to fix. */
function flagsFor(context: StandInContext): Flags {
  const feedback = context.promptText.slice(context.promptText.lastIndexOf('</invoice>'));
  const complaint = (fields: string, about = '') => new RegExp(`^- (?:${fields})\\b[^\\n]*${about}`, 'm').test(feedback);
  const told = (name: keyof typeof instructions) => instructions[name].test(context.system);
  return {
    jsonOnly: told('jsonOnly'),
    vendorIsIssuer: told('vendorIsIssuer'),
    isoDates: told('isoDates') || complaint('issueDate|dueDate'),
    plainNumbers: told('plainNumbers') || complaint('subtotal|tax|total', 'expected number'),
    totalIsAmountDue: told('totalIsAmountDue') || complaint('total'),
    nullWhenAbsent: told('nullWhenAbsent'),
    strictJson: /not valid JSON/i.test(feedback),
  };
}

type Value = string | number | null;

function valuesOf(printed: PrintedInvoice, flags: Flags): Record<keyof PrintedInvoice, Value> {
  const absent = flags.nullWhenAbsent ? null : 'N/A';
  const date = (value: string | undefined, fixing: boolean): Value =>
    value === undefined ? (flags.nullWhenAbsent || fixing ? null : absent) : flags.isoDates ? isoDate(value) : value;
  // Without the instruction, an amount with a thousands separator is copied as text.
  const amount = (value: string | undefined): Value =>
    value === undefined ? absent : !flags.plainNumbers && value.includes(',') ? value.replace(/^[^\d]+/, '') : amountOf(value);
  return {
    invoiceNumber: printed.invoiceNumber ?? absent,
    vendor: printed.vendor ?? absent,
    issueDate: date(printed.issueDate, flags.isoDates),
    dueDate: date(printed.dueDate, flags.isoDates),
    currency: printed.currency ?? absent,
    subtotal: amount(printed.subtotal),
    tax: amount(printed.tax),
    total: amount(printed.total),
    poNumber: printed.poNumber ?? absent,
  };
}

/** JSON written by hand, the way a model writes it token by token: strings are not escaped. */
const carelessJson = (values: Record<string, Value>): string =>
  `{${Object.entries(values)
    .map(([key, value]) => `"${key}": ${typeof value === 'string' ? `"${value}"` : String(value)}`)
    .join(', ')}}`;

export function extractionReply(context: StandInContext): string {
  const document = documentIn(context.promptText);
  if (/unreadable/i.test(document)) return 'I could not read enough of this document to extract an invoice.';
  const flags = flagsFor(context);
  const values = valuesOf(readInvoice(document, flags), flags);
  if (flags.strictJson) return JSON.stringify(values);
  const json = carelessJson(values);
  const fenced = /^Notes:/m.test(document) ? `\`\`\`json\n${json}\n\`\`\`` : json;
  return flags.jsonOnly ? fenced : `Here is the extracted invoice:\n${fenced}`;
}

export const extractionRule: StandInRule = {
  name: 'extract an invoice',
  when: (context) => context.input.includes('<invoice>') || context.promptText.includes('</invoice>'),
  reply: extractionReply,
};
