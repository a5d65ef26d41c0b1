// Labelled support tickets: the evaluation set. In a real project these come
// from production traffic, labelled by the people who answer the tickets.
export type Category = 'billing' | 'bug' | 'account' | 'shipping';

export const tickets: Array<{ text: string; label: Category }> = [
  { text: 'I was charged twice for my subscription this month', label: 'billing' },
  { text: 'Please send me a refund for the duplicate payment', label: 'billing' },
  { text: 'Where can I download last year’s invoice?', label: 'billing' },
  { text: 'The app crashes every time I open the settings screen', label: 'bug' },
  { text: 'Export to CSV gives an error message and nothing happens', label: 'bug' },
  { text: 'The search results page is broken on mobile', label: 'bug' },
  { text: 'I cannot reset my password, the email never arrives', label: 'account' },
  { text: 'How do I change the email address on my account?', label: 'account' },
  { text: 'My login stopped working after I enabled two-factor', label: 'account' },
  { text: 'My parcel has not been delivered after ten days', label: 'shipping' },
  { text: 'Can I change the shipping address of an order?', label: 'shipping' },
  { text: 'The courier left my package at the wrong house', label: 'shipping' },
  { text: 'I was billed but the download link for my receipt is broken', label: 'billing' },
];
