// Labelled support tickets: the evaluation set, five per category. In a real project
// these come from production traffic, labelled by the people who answer the tickets,
// and there are hundreds of them.
export type Category = 'billing' | 'bug' | 'account' | 'shipping';

// Each ticket has a stable id, so that two runs can be compared item by item.
export const tickets: Array<{ id: string; text: string; label: Category }> = [
  { id: 'billing-1', text: 'I was charged twice for my subscription this month', label: 'billing' },
  { id: 'billing-2', text: 'Please send me a refund for the duplicate payment', label: 'billing' },
  { id: 'billing-3', text: 'Where can I download last year’s invoice?', label: 'billing' },
  { id: 'billing-4', text: 'My card payment was declined but the money left my bank', label: 'billing' },
  { id: 'billing-5', text: 'I was billed but the download link for my receipt is broken', label: 'billing' },
  { id: 'bug-1', text: 'The app crashes every time I open the settings screen', label: 'bug' },
  { id: 'bug-2', text: 'Export to CSV gives an error message and nothing happens', label: 'bug' },
  { id: 'bug-3', text: 'The search results page is broken on mobile', label: 'bug' },
  { id: 'bug-4', text: 'Uploading a photo fails with error 500', label: 'bug' },
  { id: 'bug-5', text: 'The checkout button crashed my browser tab', label: 'bug' },
  { id: 'account-1', text: 'I cannot reset my password, the email never arrives', label: 'account' },
  { id: 'account-2', text: 'How do I change the email address on my account?', label: 'account' },
  { id: 'account-3', text: 'My login stopped working after I enabled two-factor', label: 'account' },
  { id: 'account-4', text: 'Please delete my account and all my data', label: 'account' },
  { id: 'account-5', text: 'Someone else knows my password, how do I lock them out?', label: 'account' },
  { id: 'shipping-1', text: 'My parcel has not arrived after ten days', label: 'shipping' },
  { id: 'shipping-2', text: 'Can I change the shipping address of an order?', label: 'shipping' },
  { id: 'shipping-3', text: 'The courier left my package at the wrong house', label: 'shipping' },
  { id: 'shipping-4', text: 'Tracking says delivered but nothing is at my door', label: 'shipping' },
  { id: 'shipping-5', text: 'The courier never turned up in the two-hour window', label: 'shipping' },
];
