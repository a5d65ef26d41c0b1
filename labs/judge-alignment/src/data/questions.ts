import type { DocName } from './knowledge-base.ts';

// The questions customers asked, with the answers the assistant gave: right
// ones, and the wrong ones the reviewer found. Every answer cites its page in
// square brackets, as the assistant's prompt asks.

export interface WrongAnswer {
  answer: string;
  /** The reviewer's open code for it. */
  note: string;
}

export interface QuestionItem {
  doc: DocName;
  question: string;
  answer: string;
  /** Answers with an invented detail: a number that is not on the page. */
  wrong: WrongAnswer[];
}

export const everyday: QuestionItem[] = [
  {
    doc: 'lateFee',
    question: 'What happens if I pay my bill late?',
    answer: 'If a bill is still unpaid 14 days after its due date, we add a £10 late-payment fee. Paying by Direct Debit avoids it [doc-late-fee].',
    wrong: [
      { answer: 'If a bill is still unpaid 7 days after its due date, we add a £10 late-payment fee [doc-late-fee].', note: 'Says the fee comes after 7 days; the page says 14.' },
      { answer: 'If a bill is still unpaid 14 days after its due date, we add a £15 late-payment fee [doc-late-fee].', note: 'Quotes a £15 late fee; the page says £10.' },
    ],
  },
  {
    doc: 'lateFee',
    question: 'Is there a fee for paying late?',
    answer: 'Yes: a £10 late-payment fee if a bill is still unpaid 14 days after its due date, unless you pay by Direct Debit [doc-late-fee].',
    wrong: [{ answer: 'Yes: a £12 late-payment fee as soon as a bill is unpaid [doc-late-fee].', note: 'Invents a £12 fee charged at once; the page says £10 after 14 days.' }],
  },
  {
    doc: 'lateFee',
    question: 'I pay by Direct Debit. Can I still get a late fee?',
    answer: 'No. Customers who pay by Direct Debit are never charged the late-payment fee [doc-late-fee].',
    wrong: [],
  },
  {
    doc: 'payMethods',
    question: 'Can I pay my bill by cheque?',
    answer: 'No, we do not accept a cheque or cash for your bill. You can pay by Direct Debit, debit card or credit card [doc-pay-methods].',
    wrong: [],
  },
  {
    doc: 'payMethods',
    question: 'What ways can I pay my bill?',
    answer: 'You can pay your bill by Direct Debit, debit card or credit card, in the app or by phone [doc-pay-methods].',
    wrong: [],
  },
  {
    doc: 'payMethods',
    question: 'Can I pay with a credit card?',
    answer: 'Yes, you can pay with a credit card in the app or by phone [doc-pay-methods].',
    wrong: [{ answer: 'Yes, you can pay with a credit card, with a 4% card fee [doc-pay-methods].', note: 'Invents a 4% card fee; the page mentions none.' }],
  },
  {
    doc: 'routerRestart',
    question: 'My internet stopped working. How do I restart the router?',
    answer: 'Switch the router off at the wall, wait 30 seconds and switch it on again. The light turns white within 5 minutes when it is back [doc-router-restart].',
    wrong: [{ answer: 'Switch the router off at the wall, wait 15 seconds and switch it on again [doc-router-restart].', note: 'Says wait 15 seconds; the guide says 30.' }],
  },
  {
    doc: 'routerRestart',
    question: 'How long should I leave the router off when restarting it?',
    answer: 'Leave the router off for 30 seconds, then switch it on again [doc-router-restart].',
    wrong: [{ answer: 'Leave the router off for 60 seconds, then switch it on again [doc-router-restart].', note: 'Says 60 seconds; the guide says 30.' }],
  },
  {
    doc: 'routerRestart',
    question: 'I restarted the router and the light is orange. How long until it is back?',
    answer: 'Give it up to 5 minutes: the light turns white when the connection is back [doc-router-restart].',
    wrong: [{ answer: 'Give it up to 20 minutes: the light turns white when the connection is back [doc-router-restart].', note: 'Says 20 minutes; the guide says 5.' }],
  },
  {
    doc: 'wifiPassword',
    question: 'Where do I find my Wi-Fi password?',
    answer: 'Your Wi-Fi password is printed on the card on the back of the router [doc-wifi-password].',
    wrong: [],
  },
  {
    doc: 'wifiPassword',
    question: 'How do I change the Wi-Fi password?',
    answer: 'Open 192.168.1.1 in a browser, sign in with the admin code on the card on the back of the router, and choose Wireless to change the password [doc-wifi-password].',
    wrong: [{ answer: 'Open 192.168.0.1 in a browser, sign in with the admin code, and choose Wireless to change the password [doc-wifi-password].', note: "Gives 192.168.0.1; the router's address is 192.168.1.1." }],
  },
  {
    doc: 'wifiPassword',
    question: 'I forgot the Wi-Fi password. Where is it?',
    answer: 'It is printed on the card on the back of the router, so you never need to remember the password [doc-wifi-password].',
    wrong: [],
  },
  {
    doc: 'outage',
    question: 'Is there an outage in my area? My internet is down.',
    answer: 'Check the status page in the app to see any outage in your area; most faults are fixed within 24 hours [doc-outage].',
    wrong: [{ answer: 'Check the status page in the app to see any outage in your area; most faults are fixed within 4 hours [doc-outage].', note: 'Says most faults are fixed within 4 hours; the page says 24.' }],
  },
  {
    doc: 'outage',
    question: 'How long do outages usually last?',
    answer: 'Most faults are fixed within 24 hours; check the status page in the app for outages in your area [doc-outage].',
    wrong: [{ answer: 'Most faults are fixed within 48 hours; check the status page in the app for outages in your area [doc-outage].', note: 'Says 48 hours; the page says most faults are fixed within 24.' }],
  },
  {
    doc: 'engineerVisit',
    question: 'How do I move my engineer appointment?',
    answer: 'You can move an engineer visit in the app, free of charge up to 24 hours before the slot [doc-engineer-visit].',
    wrong: [
      { answer: 'You can move an engineer visit in the app, free of charge up to 48 hours before the slot [doc-engineer-visit].', note: "Says 48 hours' notice; the page says 24." },
      { answer: 'You can move an engineer visit in the app; changes cost £40 [doc-engineer-visit].', note: 'Quotes £40 for a change; it is free up to 24 hours before and £25 after.' },
    ],
  },
  {
    doc: 'movingHome',
    question: 'I am moving house next month. What do I need to do?',
    answer: 'Tell us at least 30 days before you move house, and check your new address with the postcode checker in the app [doc-moving-home].',
    wrong: [{ answer: 'Tell us at least 21 days before you move house, and check your new address in the app [doc-moving-home].', note: "Says 21 days' notice; the page says 30." }],
  },
  {
    doc: 'movingHome',
    question: 'How early should I tell you that I am moving?',
    answer: 'Tell us at least 30 days before you move; moving your service is free if the new address is in our network [doc-moving-home].',
    wrong: [{ answer: 'Tell us at least 60 days before you move; moving your service is free [doc-moving-home].', note: "Says 60 days' notice; the page says 30." }],
  },
  {
    doc: 'movingHome',
    question: 'Is it free to move my broadband to a new house?',
    answer: 'Yes, if your new house is in our network: check the postcode in the app, and tell us at least 30 days before you move [doc-moving-home].',
    wrong: [{ answer: 'There is a £35 fee to move your broadband to a new house [doc-moving-home].', note: 'Invents a £35 moving fee; moving is free inside the network.' }],
  },
  {
    doc: 'speed',
    question: 'My speed is really slow. What can I do?',
    answer: 'If your speed stays below 30 Mbps for 3 days in a row, report it in the app [doc-speed].',
    wrong: [{ answer: 'If your speed stays below 20 Mbps for 3 days in a row, report it in the app [doc-speed].', note: 'Quotes 20 Mbps; the guarantee is 30 Mbps.' }],
  },
  {
    doc: 'speed',
    question: 'Can I leave without a fee if my speed stays low?',
    answer: 'Yes, if your speed stays below 30 Mbps for 3 days in a row and we cannot fix it within 30 days, you may leave without an exit fee [doc-speed].',
    wrong: [{ answer: 'Yes, if we cannot fix your speed within 60 days, you may leave without an exit fee [doc-speed].', note: 'Says 60 days to fix it; the page says 30.' }],
  },
  {
    doc: 'upgrade',
    question: 'How do I upgrade to a faster plan?',
    answer: 'You can move to a faster plan at any time in the app, and the new price starts on your next bill [doc-upgrade].',
    wrong: [],
  },
  {
    doc: 'upgrade',
    question: 'Can I switch to a cheaper, slower plan?',
    answer: 'Only in the last 2 months of your contract; before that you can move only to a faster plan [doc-upgrade].',
    wrong: [{ answer: 'Only in the last 6 months of your contract; before that you can move only to a faster plan [doc-upgrade].', note: 'Says the last 6 months; the page says 2.' }],
  },
  {
    doc: 'upgrade',
    question: 'When does the new price start if I upgrade?',
    answer: 'The new price starts on your next bill after you move to a faster plan [doc-upgrade].',
    wrong: [{ answer: 'The new price starts 7 days after you move to a faster plan [doc-upgrade].', note: 'Says the price starts after 7 days; it starts on the next bill.' }],
  },
];

/** Questions that hold a number which a right answer repeats: the number is in the question, not on the page. */
export const echoes: QuestionItem[] = [
  { doc: 'lateFee', question: 'My bill was due 4 days ago. Will I be charged a late fee yet?', answer: 'Not yet. Your bill was due 4 days ago, and the £10 late-payment fee is added only if it is still unpaid 14 days after its due date [doc-late-fee].', wrong: [] },
  { doc: 'routerRestart', question: 'I have restarted the router 6 times today. Should I keep doing it?', answer: 'There is no need to restart the router 6 times: one restart, off at the wall for 30 seconds, is enough, and the light turns white within 5 minutes [doc-router-restart].', wrong: [] },
  { doc: 'outage', question: 'My broadband has been down for 4 days. Do I get money back?', answer: 'Yes. Your broadband has been down for 4 days, more than 2 full days, so we credit £3 for each day it stays down [doc-outage].', wrong: [{ answer: 'Yes. We credit £6 for each day your broadband is down [doc-outage].', note: 'Quotes a £6 daily credit; the page says £3.' }] },
  { doc: 'speed', question: 'My speed has been under 30 Mbps for 9 days. What now?', answer: 'Report it in the app: 9 days is more than 3 days in a row below 30 Mbps. If we cannot fix it within 30 days, you may leave without an exit fee [doc-speed].', wrong: [] },
  { doc: 'upgrade', question: 'I have 8 people using the internet at home. Should I upgrade?', answer: 'With 8 people online a faster plan may help; you can move to one at any time in the app, and the new price starts on your next bill [doc-upgrade].', wrong: [] },
];

/** Cancelling an engineer visit is self-service: the word "cancel" alone does not call for a person. */
export const engineerCancellations: QuestionItem[] = [
  { doc: 'engineerVisit', question: 'Can I cancel my engineer visit tomorrow?', answer: 'Yes. You can cancel an engineer visit free of charge in the app up to 24 hours before the slot; later changes cost £25 [doc-engineer-visit].', wrong: [] },
  { doc: 'engineerVisit', question: 'I need to cancel the engineer booked for Friday. Is there a charge?', answer: 'No charge if you cancel in the app up to 24 hours before the slot; after that it costs £25 [doc-engineer-visit].', wrong: [] },
];

/** Right answers holding a date the assistant worked out: on neither the page nor the question. */
export const derivedDates: QuestionItem[] = [
  { doc: 'movingHome', question: "I'm moving on 14 June. When do I need to tell you by?", answer: 'Tell us by 15 May, at least 30 days before your move on 14 June [doc-moving-home].', wrong: [] },
  { doc: 'movingHome', question: 'We move on 30 September. What is the last day to tell you?', answer: 'Tell us by 31 August, at least 30 days before your move on 30 September [doc-moving-home].', wrong: [] },
];

/** Wrong claims with no number in them, so checking numbers cannot catch them. */
export const unsupportedClaims = {
  cheque: { doc: 'payMethods', question: 'Can I pay my bill by cheque?', answer: 'Yes, you can post a cheque for your bill to our office, or pay by Direct Debit or card [doc-pay-methods].', note: 'Says cheques are accepted; the page says they are not.' },
  welcomeEmail: { doc: 'wifiPassword', question: 'Where do I find my Wi-Fi password?', answer: 'Your Wi-Fi password is in the welcome email we sent when you joined [doc-wifi-password].', note: 'Says the password is in a welcome email; it is on the card on the router.' },
  alwaysFree: { doc: 'engineerVisit', question: 'I need to cancel the engineer booked for Friday. Is there a charge?', answer: 'No, cancelling an engineer visit is always free [doc-engineer-visit].', note: 'Says cancelling is always free; it costs £25 within 24 hours of the slot.' },
} satisfies Record<string, { doc: DocName; question: string; answer: string; note: string }>;

export interface HandoffItem {
  /** The page retrieval returned beside the hand-off policy. */
  related: DocName;
  question: string;
  answer: string;
  missed: WrongAnswer;
}

/** Requests the policy says a person must handle. */
export const handoffs: HandoffItem[] = [
  { related: 'upgrade', question: 'I want to cancel my contract.', answer: 'I have passed your request to cancel your contract to our customer team, who will reply within 1 working day [doc-handoff].', missed: { answer: 'You can change your contract to a cheaper plan in the app [doc-upgrade].', note: 'Asked to cancel; offered a plan change instead of passing it to the team.' } },
  { related: 'movingHome', question: "Please cancel my contract, I'm moving abroad.", answer: 'I have passed your request to cancel your contract to our customer team, who will reply within 1 working day [doc-handoff].', missed: { answer: 'As you are moving, tell us at least 30 days before you move and we will move your service [doc-moving-home].', note: 'Asked to cancel; explained a house move instead of passing it to the team.' } },
  { related: 'engineerVisit', question: "I'd like to make a complaint about the engineer who came yesterday.", answer: 'I am sorry about the engineer visit. I have passed your complaint to our customer team, who will reply within 1 working day [doc-handoff].', missed: { answer: 'I am sorry to hear that. You can move or cancel an engineer visit in the app up to 24 hours before the slot [doc-engineer-visit].', note: 'A complaint about an engineer, answered with the booking rules; not passed to the team.' } },
  { related: 'lateFee', question: 'I want to complain about my last bill.', answer: 'I am sorry about your bill. I have passed your complaint to our customer team, who will reply within 1 working day [doc-handoff].', missed: { answer: 'If a bill is still unpaid 14 days after its due date, we add a £10 late-payment fee [doc-late-fee].', note: 'A complaint about a bill, answered with the late-fee rule; not passed to the team.' } },
  { related: 'payMethods', question: 'My father passed away. How do I close his account?', answer: "I am very sorry for your loss. I have passed your father's account to our customer team, who will reply within 1 working day [doc-handoff].", missed: { answer: 'You can close an account in the app; any final bill can be paid by Direct Debit, debit card or credit card [doc-pay-methods].', note: 'A bereavement, answered with self-service steps; not passed to the team.' } },
  { related: 'upgrade', question: 'My wife died last month and the broadband is in her name.', answer: 'I am very sorry for your loss. I have passed this to our customer team, who will reply within 1 working day about the broadband account [doc-handoff].', missed: { answer: 'To move the broadband into your name, change the account holder in the app [doc-upgrade].', note: 'A bereavement, answered with self-service steps; not passed to the team.' } },
  { related: 'lateFee', question: "I'm struggling to pay my bills at the moment.", answer: 'Thank you for telling us. I have passed this to our customer team, who will reply within 1 working day to talk about your bills [doc-handoff].', missed: { answer: 'Unpaid bills get a £10 late-payment fee 14 days after the due date, so pay by Direct Debit to avoid it [doc-late-fee].', note: 'Says they are struggling to pay; quoted the late fee instead of passing it to the team.' } },
  { related: 'lateFee', question: "I lost my job and can't pay this month. Can I delay my bill?", answer: 'I am sorry to hear that. I have passed this to our customer team, who will reply within 1 working day about your bill [doc-handoff].', missed: { answer: 'You can pay your bill up to 14 days after its due date before we add a £10 late-payment fee [doc-late-fee].', note: 'Cannot pay after losing a job; quoted the late fee instead of passing it to the team.' } },
];

/** A complaint in all but name: no keyword gives it away. */
export const unspokenComplaint: HandoffItem = {
  related: 'outage',
  question: "This is the third time I've chased the same fault and nobody has fixed it. Ridiculous.",
  answer: 'I am sorry the fault is still not fixed. I have passed this to our customer team, who will reply within 1 working day [doc-handoff].',
  missed: { answer: 'Most faults are fixed within 24 hours; check the status page in the app [doc-outage].', note: 'A complaint in all but name, answered with the outage page; should have gone to the team.' },
};

/** Retrieval returned the wrong pages, and the answer follows them. */
export const offTopic: Array<{ question: string; docs: [DocName, DocName]; answer: string; note: string }> = [
  { question: 'I am moving house next month. What do I need to do?', docs: ['speed', 'upgrade'], answer: 'If your speed stays below 30 Mbps for 3 days in a row, report it in the app [doc-speed].', note: 'Answers about the speed guarantee; the question was about moving house.' },
  { question: 'How do I change the Wi-Fi password?', docs: ['routerRestart', 'outage'], answer: 'Switch the router off at the wall, wait 30 seconds and switch it on again [doc-router-restart].', note: 'Explains restarting the router; the question was how to change the password.' },
  { question: 'Can I pay my bill by cheque?', docs: ['lateFee', 'upgrade'], answer: 'If a bill is still unpaid 14 days after its due date, we add a £10 late-payment fee [doc-late-fee].', note: 'Talks about late fees; the question was whether cheques are accepted.' },
  { question: 'How do I upgrade to a faster plan?', docs: ['speed', 'outage'], answer: 'If your speed stays below 30 Mbps for 3 days in a row, report it in the app [doc-speed].', note: 'Answers about slow speeds; the question was how to upgrade.' },
  { question: 'How long do outages usually last?', docs: ['routerRestart', 'wifiPassword'], answer: 'The light on the router turns white within 5 minutes when the connection is back [doc-router-restart].', note: 'Answers how long a router restart takes; the question was about outages.' },
  { question: 'Is there a fee for paying late?', docs: ['upgrade', 'payMethods'], answer: 'You can move to a faster plan at any time in the app, and the new price starts on your next bill [doc-upgrade].', note: 'Talks about changing plan; the question was about late fees.' },
  { question: 'My speed is really slow. What can I do?', docs: ['outage', 'routerRestart'], answer: 'Check the status page in the app; most faults are fixed within 24 hours [doc-outage].', note: 'Describes outages; the question was about slow speed.' },
  { question: 'I forgot the Wi-Fi password. Where is it?', docs: ['engineerVisit', 'movingHome'], answer: 'You can move or cancel an engineer visit in the app up to 24 hours before the slot [doc-engineer-visit].', note: 'Answers about engineer visits; the question was where the Wi-Fi password is.' },
];

/** Simple questions that prompt v2 hands to a person anyway. */
export const needlessHandoffs: QuestionItem[] = [
  { doc: 'wifiPassword', question: 'Where do I find my Wi-Fi password?', answer: 'Thanks for asking about your Wi-Fi password. I have passed this to our customer team, who will be in touch [doc-wifi-password].', wrong: [] },
  { doc: 'upgrade', question: 'How do I upgrade to a faster plan?', answer: 'Thanks for asking about a faster plan. I have passed this to our customer team, who will be in touch [doc-upgrade].', wrong: [] },
  { doc: 'routerRestart', question: 'How long should I leave the router off when restarting it?', answer: 'Thanks for asking about the router. I have passed this to our customer team, who will be in touch [doc-router-restart].', wrong: [] },
];

/** What an over-long answer pads itself with: no numbers and no new facts, only words. */
export const filler =
  ' I hope that helps. Larkspur Broadband wants every customer to stay connected, so the help pages in the app cover billing, payments, moving home, engineer visits, speed, outages and your router in much more detail.' +
  ' If anything here is unclear, you can always ask me again, and I will do my best to explain it another way.' +
  ' You can also read our full terms, which explain every policy, in the Account section of the app, where you will find your bills and your contract as well.' +
  ' Many customers also find it useful to turn on notifications, so that the app can tell you about planned work, new bills and changes to your plan as soon as they happen.' +
  ' Thank you for being a Larkspur customer, and have a lovely day.';
