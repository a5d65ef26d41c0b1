// A small help-centre corpus, and labelled queries: each names the document that answers it.
// "lexical" queries share words with their document; "semantic" ones share only meaning.
export const documents = [
  { id: 'refunds', text: 'Refunds are paid to the original card within five working days of approval.' },
  { id: 'returns', text: 'You can return an unused item within thirty days for a full refund.' },
  { id: 'shipping', text: 'Standard shipping takes three to five days; express shipping arrives next day.' },
  { id: 'password', text: 'Reset your password from the sign-in page with the forgotten password link.' },
  { id: 'invoice', text: 'Download an invoice for any order from the orders page of your account.' },
  { id: 'cancel', text: 'Cancel an order before it ships from the orders page; after that, return it.' },
  { id: 'warranty', text: 'Electronics carry a two-year warranty against manufacturing defects.' },
  { id: 'gift-cards', text: 'Gift cards never expire and can be used for any product in the shop.' },
  { id: 'delete-account', text: 'Deleting your account removes your order history and saved addresses.' },
  { id: 'stores', text: 'Our physical stores open from nine to six, Monday to Saturday.' },
  { id: 'student', text: 'Students get ten percent off with a verified university email address.' },
  { id: 'damaged', text: 'If an item arrives damaged, send us a photo and we will replace it.' },
];

export const queries = [
  { query: 'how long does shipping take', expected: 'shipping', kind: 'lexical' },
  { query: 'reset my password', expected: 'password', kind: 'lexical' },
  { query: 'download an invoice', expected: 'invoice', kind: 'lexical' },
  { query: 'do gift cards expire', expected: 'gift-cards', kind: 'lexical' },
  { query: 'warranty on electronics', expected: 'warranty', kind: 'lexical' },
  { query: 'student discount', expected: 'student', kind: 'lexical' },
  { query: 'when will I get my money back', expected: 'refunds', kind: 'semantic' },
  { query: 'I forgot my login credentials', expected: 'password', kind: 'semantic' },
  { query: 'my parcel came broken', expected: 'damaged', kind: 'semantic' },
  { query: 'what time are your shops open', expected: 'stores', kind: 'semantic' },
  { query: 'close my profile permanently', expected: 'delete-account', kind: 'semantic' },
  { query: 'how fast is delivery', expected: 'shipping', kind: 'semantic' },
] as const;
