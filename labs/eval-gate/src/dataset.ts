// Labelled support tickets: the evaluation set, five per category. In a real project
// these come from production traffic, labelled by the people who answer the tickets,
// and there are hundreds of them.
export type Category = 'billing' | 'bug' | 'account' | 'shipping';

export const tickets: Array<{ text: string; label: Category }> = [
  { text: 'I was charged twice for my subscription this month', label: 'billing' },
  { text: 'Please send me a refund for the duplicate payment', label: 'billing' },
  { text: 'Where can I download last year’s invoice?', label: 'billing' },
  { text: 'My card payment was declined but the money left my bank', label: 'billing' },
  { text: 'I was billed but the download link for my receipt is broken', label: 'billing' },
  { text: 'The app crashes every time I open the settings screen', label: 'bug' },
  { text: 'Export to CSV gives an error message and nothing happens', label: 'bug' },
  { text: 'The search results page is broken on mobile', label: 'bug' },
  { text: 'Uploading a photo fails with error 500', label: 'bug' },
  { text: 'The checkout button crashed my browser tab', label: 'bug' },
  { text: 'I cannot reset my password, the email never arrives', label: 'account' },
  { text: 'How do I change the email address on my account?', label: 'account' },
  { text: 'My login stopped working after I enabled two-factor', label: 'account' },
  { text: 'Please delete my account and all my data', label: 'account' },
  { text: 'Someone else knows my password, how do I lock them out?', label: 'account' },
  { text: 'My parcel has not arrived after ten days', label: 'shipping' },
  { text: 'Can I change the shipping address of an order?', label: 'shipping' },
  { text: 'The courier left my package at the wrong house', label: 'shipping' },
  { text: 'Tracking says delivered but nothing is at my door', label: 'shipping' },
  { text: 'The courier never turned up in the two-hour window', label: 'shipping' },
];
