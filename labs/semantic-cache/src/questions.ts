// Labelled questions. Each one carries the intent that answers it; two questions with the same
// intent need the same answer (in one shop), two with different intents need different answers.
import type { Intent } from './shops.ts';

export interface LabelledQuestion {
  question: string;
  intent: Intent;
}

/** The calibration set: phrasings a person labelled, used only to choose the threshold. */
export const calibration: LabelledQuestion[] = [
  { question: 'How long do I have to return an item?', intent: 'return-window' },
  { question: 'How many days do I have to return something?', intent: 'return-window' },
  { question: 'What is your returns window?', intent: 'return-window' },
  { question: 'Can I still return a jacket I bought three weeks ago?', intent: 'return-window' },

  { question: 'Do I have to pay for return postage?', intent: 'return-postage' },
  { question: 'Are returns free?', intent: 'return-postage' },
  { question: 'Who pays the postage when I send an item back?', intent: 'return-postage' },
  { question: 'Is there a charge for returning an item?', intent: 'return-postage' },

  { question: 'How long does a refund take?', intent: 'refund-time' },
  { question: 'When will I get my refund?', intent: 'refund-time' },
  { question: 'How many days until my refund arrives?', intent: 'refund-time' },
  { question: 'I sent my return back, when will I see the money?', intent: 'refund-time' },

  { question: 'How long does delivery take?', intent: 'delivery-time' },
  { question: 'When will my order arrive?', intent: 'delivery-time' },
  { question: 'How many days does standard delivery take?', intent: 'delivery-time' },
  { question: 'How quickly do you deliver in the UK?', intent: 'delivery-time' },

  { question: 'Do you deliver abroad?', intent: 'international' },
  { question: 'Do you ship to France?', intent: 'international' },
  { question: 'Can I order from the United States?', intent: 'international' },
  { question: 'Do you deliver outside the UK?', intent: 'international' },

  { question: 'How do I cancel my order?', intent: 'cancel-order' },
  { question: 'Can I cancel an order I placed this morning?', intent: 'cancel-order' },
  { question: 'I want to cancel my order', intent: 'cancel-order' },
  { question: 'Is it too late to cancel my order?', intent: 'cancel-order' },

  { question: 'How do I change my delivery address?', intent: 'change-address' },
  { question: 'Can I change the address on my order?', intent: 'change-address' },
  { question: 'I gave the wrong address, can I fix it?', intent: 'change-address' },
  { question: 'Can I send my order to a different address?', intent: 'change-address' },

  { question: 'Can I return a gift card?', intent: 'gift-card' },
  { question: 'Can I get a refund on a gift card?', intent: 'gift-card' },
  { question: 'Can I swap a gift card for cash?', intent: 'gift-card' },
  { question: 'Are gift cards refundable?', intent: 'gift-card' },

  { question: 'How do I reset my password?', intent: 'password-reset' },
  { question: 'I forgot my password', intent: 'password-reset' },
  { question: 'I cannot sign in, how do I change my password?', intent: 'password-reset' },
  { question: 'My password reset link does not work', intent: 'password-reset' },

  { question: 'How do I delete my account?', intent: 'delete-account' },
  { question: 'Please close my account', intent: 'delete-account' },
  { question: 'Can I delete my account and my data?', intent: 'delete-account' },
  { question: 'How do I remove my account?', intent: 'delete-account' },
];

export interface Request extends LabelledQuestion {
  tenant: string;
  /** Minutes since the replay began: the cache's clock, so that expiry is deterministic. */
  minute: number;
}

/**
 * The traffic replayed through the cache: other phrasings than the calibration set, repeats
 * typed differently, questions that look alike but need another answer, and the same question
 * in both shops. Labelled, so that every answer served can be checked.
 */
export const traffic: Request[] = [
  { minute: 0, tenant: 'hollow-oak', question: 'How long do I have to return an item?', intent: 'return-window' },
  { minute: 1, tenant: 'hollow-oak', question: 'how long do I have to return an item', intent: 'return-window' },
  { minute: 2, tenant: 'hollow-oak', question: 'How long do I have to return a coat?', intent: 'return-window' },
  { minute: 3, tenant: 'hollow-oak', question: 'How long does a refund take?', intent: 'refund-time' },
  { minute: 4, tenant: 'hollow-oak', question: 'How long does my refund take?', intent: 'refund-time' },
  { minute: 5, tenant: 'hollow-oak', question: 'How long does delivery take?', intent: 'delivery-time' },
  { minute: 6, tenant: 'hollow-oak', question: 'How long does UK delivery take?', intent: 'delivery-time' },
  { minute: 7, tenant: 'hollow-oak', question: 'Can I return a gift card?', intent: 'gift-card' },
  { minute: 8, tenant: 'hollow-oak', question: 'Can I return a rain jacket?', intent: 'return-window' },
  { minute: 9, tenant: 'hollow-oak', question: 'Can I return a gift card I was given?', intent: 'gift-card' },
  { minute: 10, tenant: 'north-star', question: 'How long do I have to return an item?', intent: 'return-window' },
  { minute: 11, tenant: 'north-star', question: 'Are returns free?', intent: 'return-postage' },
  { minute: 12, tenant: 'north-star', question: 'are returns free?', intent: 'return-postage' },
  { minute: 13, tenant: 'hollow-oak', question: 'Are returns free?', intent: 'return-postage' },
  { minute: 14, tenant: 'hollow-oak', question: 'How do I cancel my order?', intent: 'cancel-order' },
  { minute: 15, tenant: 'hollow-oak', question: 'How do I cancel my order please?', intent: 'cancel-order' },
  { minute: 16, tenant: 'hollow-oak', question: 'How do I change my order address?', intent: 'change-address' },
  { minute: 17, tenant: 'hollow-oak', question: 'How do I reset my password?', intent: 'password-reset' },
  { minute: 18, tenant: 'hollow-oak', question: 'How do I reset my password? ', intent: 'password-reset' },
  { minute: 19, tenant: 'hollow-oak', question: 'How do I change my password?', intent: 'password-reset' },
  { minute: 20, tenant: 'hollow-oak', question: 'How do I delete my account?', intent: 'delete-account' },
  { minute: 21, tenant: 'hollow-oak', question: 'How do I delete my account and data?', intent: 'delete-account' },
  { minute: 22, tenant: 'north-star', question: 'Do you deliver abroad?', intent: 'international' },
  { minute: 23, tenant: 'north-star', question: 'Do you deliver to France?', intent: 'international' },
  { minute: 24, tenant: 'hollow-oak', question: 'Do you deliver abroad?', intent: 'international' },
  { minute: 25, tenant: 'north-star', question: 'How long does delivery take?', intent: 'delivery-time' },
  { minute: 26, tenant: 'north-star', question: 'How long does a refund take?', intent: 'refund-time' },
  { minute: 27, tenant: 'north-star', question: 'When will I get my refund?', intent: 'refund-time' },
  { minute: 28, tenant: 'north-star', question: 'When will I get my order?', intent: 'delivery-time' },
  { minute: 29, tenant: 'hollow-oak', question: 'Is it too late to cancel my order?', intent: 'cancel-order' },
  { minute: 30, tenant: 'hollow-oak', question: 'Is it too late to change my address?', intent: 'change-address' },
  { minute: 31, tenant: 'hollow-oak', question: 'I forgot my password', intent: 'password-reset' },
  { minute: 32, tenant: 'hollow-oak', question: 'I forgot my password!', intent: 'password-reset' },
  { minute: 33, tenant: 'north-star', question: 'How do I delete my account?', intent: 'delete-account' },
  { minute: 34, tenant: 'north-star', question: 'How do I remove my account?', intent: 'delete-account' },
  { minute: 35, tenant: 'hollow-oak', question: 'How long do I have to return an item?', intent: 'return-window' },
  { minute: 95, tenant: 'hollow-oak', question: 'How long do I have to return an item?', intent: 'return-window' },
  { minute: 96, tenant: 'hollow-oak', question: 'How long does delivery take?', intent: 'delivery-time' },
  { minute: 97, tenant: 'north-star', question: 'Are returns free?', intent: 'return-postage' },
  { minute: 98, tenant: 'north-star', question: 'Are returns free of charge?', intent: 'return-postage' },
];
