import type { Message } from './context-types.ts';

// A short support chat for the context-budget task, newest message last.
export const system = 'You are the support assistant of a small online bookshop. Answer in two sentences at most, and never promise a refund.';

export const conversation: Message[] = [
  { role: 'user', content: 'Hello, I ordered three books last Monday and only two of them have arrived.' },
  { role: 'assistant', content: 'Sorry about that. Could you give me the order number, please?' },
  { role: 'user', content: 'It is 88412. The missing one is the big atlas of Europe.' },
  { role: 'assistant', content: 'Thank you. The atlas was sent separately and should reach you on Thursday.' },
  { role: 'user', content: 'Thursday is too late: it is a birthday present for Wednesday.' },
  { role: 'assistant', content: 'I understand. I can move it to next-day delivery at no extra cost.' },
  { role: 'user', content: 'Yes, please. Can you send it to my office instead of my home?' },
];
