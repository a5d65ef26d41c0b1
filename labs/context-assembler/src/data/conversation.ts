// A scripted support conversation, 24 customer messages long. Some messages state a
// fact the assistant must not lose; the app pins it (in a real app, a rule or a
// model call decides what to pin). Note where the facts are: in the second sentence.
export interface ScriptedMessage {
  text: string;
  /** A fact this message states, to pin for the rest of the conversation. */
  pin?: string;
}

export const conversation: ScriptedMessage[] = [
  { text: 'Hi, I have a few questions about my bike.' },
  { text: 'Thanks for helping. My account number is ACC-4471, in case you need it.', pin: 'Account number: ACC-4471' },
  { text: 'How far should a full battery take me?' },
  { text: 'It seems to run out after about 40 kilometres lately. Is that normal in winter?' },
  { text: 'Good to know. I ride a cargo bike, the blue one, frame SB-2093.', pin: 'Bike: cargo bike, frame SB-2093' },
  { text: 'Can the battery be replaced if it is getting worse?' },
  { text: 'I also had a flat tyre on Monday. Who fixes that?' },
  { text: 'How quickly does the mechanic come?' },
  { text: 'I rode on it for a bit before I noticed. Will I be charged for that?' },
  { text: 'Next month I am travelling for six weeks. Can I pause my plan?' },
  { text: 'Does the insurance still cover the bike while it is paused?' },
  { text: 'What if someone steals it from the shed while I am away?' },
  { text: 'I use the D-lock you sent, but the shed is not a fixed object. Does that matter?' },
  { text: 'How much is the excess if it is stolen?' },
  { text: 'Can I swap the cargo bike for a standard one when I am back?' },
  { text: 'Would a swap lower my monthly fee?' },
  { text: 'When is the payment taken each month?' },
  { text: 'What happens if a payment fails while I am travelling?' },
  { text: 'Where do I find my invoices for my tax return?' },
  { text: 'Is a service due soon? I have had the bike for seven months.' },
  { text: 'Can the mechanic come to my office for the service?' },
  { text: 'Before you book anything: which account number did I give you?' },
  { text: 'And which bike did I say I have?' },
  { text: 'That is everything, thank you for your help.' },
];
