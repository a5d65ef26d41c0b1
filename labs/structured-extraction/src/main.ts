import { invoices } from './data/invoices.ts';
import { evaluatePrompt, type PromptReport } from './evaluate.ts';
import { invoicePromptV1 } from './prompts/invoice-v1.ts';
import { invoicePromptV2 } from './prompts/invoice-v2.ts';
import { invoiceFields } from './schema.ts';

// Two prompt versions over the same 40 labelled invoices, with the repair loop on.
const priceModel = 'gpt-6-luna';
const reports: PromptReport[] = [];
for (const prompt of [invoicePromptV1, invoicePromptV2]) reports.push(await evaluatePrompt(prompt, invoices, { maxAttempts: 3, priceModel }));

const cell = (text: string | number) => String(text).padStart(24);
console.log(`Per-field F1 over ${invoices.length} labelled invoices (repair loop: up to 3 calls each)\n`);
console.log(`${'field'.padEnd(14)}${reports.map((report) => cell(report.prompt)).join('')}`);
for (const field of invoiceFields) console.log(`${field.padEnd(14)}${reports.map((report) => cell(report.scores[field].f1.toFixed(3))).join('')}`);
console.log(`${'macro-F1'.padEnd(14)}${reports.map((report) => cell(report.macroF1.toFixed(3))).join('')}`);
console.log('');
console.log(`${'model calls'.padEnd(14)}${reports.map((report) => cell(report.calls)).join('')}`);
console.log(`${'failed'.padEnd(14)}${reports.map((report) => cell(report.failed)).join('')}`);
console.log(`${'input tokens'.padEnd(14)}${reports.map((report) => cell(report.inputTokens.toLocaleString('en'))).join('')}`);
console.log(`${'output tokens'.padEnd(14)}${reports.map((report) => cell(report.outputTokens.toLocaleString('en'))).join('')}`);
const per1000 = (report: PromptReport) => `$${((report.costUsd / report.documents) * 1000).toFixed(4)}`;
console.log(`${'$ per 1,000'.padEnd(14)}${reports.map((report) => cell(per1000(report))).join('')}   (at ${priceModel}'s rates)`);
