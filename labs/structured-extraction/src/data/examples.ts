// Worked examples for few-shot prompts. They are NOT in the evaluation set: an
// example that is also a test document would let the prompt copy the answer, and
// the score would measure memory instead of extraction.
export const fewShotExamples = [
  {
    document: [
      'Bill to: Wren & Sons Bakery',
      '',
      'INVOICE',
      'Invoice no.: OV-311',
      'Date: 4 November 2025',
      'Payment due on receipt.',
      '',
      'Oven servicing: £1,180.00',
      'Total excl. VAT: £1,180.00',
      'VAT (20%): £236.00',
      'Total due: £1,416.00',
      '',
      'From: Ovenworks Repairs Ltd, 9 Forge Lane, Sheffield S1 2AB',
    ].join('\n'),
    answer: { invoiceNumber: 'OV-311', vendor: 'Ovenworks Repairs Ltd', issueDate: '2025-11-04', dueDate: null, currency: 'GBP', subtotal: 1180, tax: 236, total: 1416, poNumber: null },
  },
  {
    document: [
      'Solenne Translations',
      'Rue du Marché 4, 1204 Genève',
      '',
      'INVOICE',
      'Invoice no.: ST-2025-88',
      'Invoice date: 11.12.2025',
      'Due date: 10.01.2026',
      'Purchase order: PO-5520',
      '',
      'Bill to:',
      'Fjord Shipping AS',
      '',
      'Translation, 12 pages: CHF 960.00',
      'Subtotal: CHF 960.00',
      'MWST (8.1%): CHF 77.76',
      'Total due: CHF 1,037.76',
    ].join('\n'),
    answer: { invoiceNumber: 'ST-2025-88', vendor: 'Solenne Translations', issueDate: '2025-12-11', dueDate: '2026-01-10', currency: 'CHF', subtotal: 960, tax: 77.76, total: 1037.76, poNumber: 'PO-5520' },
  },
];
