// Two shops share one help-desk service: the tenants. Their policies differ, so the same
// question can need a different answer in each shop.

export type Intent =
  | 'return-window'
  | 'return-postage'
  | 'refund-time'
  | 'delivery-time'
  | 'international'
  | 'cancel-order'
  | 'change-address'
  | 'gift-card'
  | 'password-reset'
  | 'delete-account';

export interface Shop {
  tenant: string;
  name: string;
  answers: Record<Intent, string>;
}

const sharedAnswers = {
  'cancel-order': 'You can cancel an order from your order page until it has been dispatched.',
  'change-address': 'You can change the delivery address on your order page until the order is dispatched; after that, ask the courier to redirect it.',
  'gift-card': 'Gift cards cannot be returned or exchanged for cash.',
  'password-reset': 'Choose "Forgot password" on the sign-in page; the link we email you works for one hour.',
  'delete-account': 'Delete your account under Settings, then Privacy; it is removed after 14 days.',
} as const;

export const shops: Record<string, Shop> = {
  'hollow-oak': {
    tenant: 'hollow-oak',
    name: 'Hollow Oak',
    answers: {
      'return-window': 'You can return an item within 30 days of delivery.',
      'return-postage': 'Returns are free: print the prepaid label from your order page.',
      'refund-time': 'Your refund reaches your card 3 to 5 working days after the return arrives.',
      'delivery-time': 'Standard delivery takes 2 to 4 working days in the UK.',
      international: 'We deliver to the EU and the US, in 5 to 10 working days.',
      ...sharedAnswers,
    },
  },
  'north-star': {
    tenant: 'north-star',
    name: 'North Star',
    answers: {
      'return-window': 'You can return an item within 14 days of delivery.',
      'return-postage': 'Returns cost £3.95, taken from your refund.',
      'refund-time': 'Your refund reaches your card within 10 working days after the return arrives.',
      'delivery-time': 'Standard delivery takes 3 to 5 working days in the UK.',
      international: 'We deliver within the UK only.',
      ...sharedAnswers,
    },
  },
};

export function shopOf(tenant: string): Shop {
  const shop = shops[tenant];
  if (!shop) throw new Error(`shops.ts: no shop for tenant "${tenant}"; known tenants: ${Object.keys(shops).join(', ')}.`);
  return shop;
}

/** The system prompt: the same long prefix on every call for one shop and prompt version. */
export function systemPrompt(tenant: string, promptVersion: string): string {
  const shop = shopOf(tenant);
  const policies = Object.values(shop.answers).map((answer) => `- ${answer}`).join('\n');
  return [
    `You are the help desk of ${shop.name}, an online shop for outdoor clothing and kit. Prompt version ${promptVersion}.`,
    'Answer the customer in one or two sentences, in plain English, from the policies below and nothing else.',
    'If the policies do not answer the question, say that a person will reply by email within one working day.',
    'Never promise a refund, a discount or a delivery date that the policies do not give.',
    'Never ask for a card number or a password.',
    '',
    'Policies:',
    policies,
  ].join('\n');
}
