import type { Doc } from '../types.ts';

// The help centre of Larkspur Broadband, a made-up internet provider. The
// assistant under evaluation answers customers' questions from these pages.
export const knowledgeBase = {
  lateFee: { id: 'doc-late-fee', title: 'Late payments', text: 'If a bill is still unpaid 14 days after its due date, we add a £10 late-payment fee. Customers who pay by Direct Debit are never charged it.' },
  payMethods: { id: 'doc-pay-methods', title: 'Ways to pay', text: 'You can pay by Direct Debit, debit card or credit card, in the app or by phone. We do not accept cheques or cash.' },
  routerRestart: { id: 'doc-router-restart', title: 'Restarting the router', text: 'Switch the router off at the wall, wait 30 seconds and switch it on again. The light turns white within 5 minutes when the connection is back.' },
  wifiPassword: { id: 'doc-wifi-password', title: 'Wi-Fi password', text: 'The Wi-Fi password is printed on the card on the back of the router. To change it, open 192.168.1.1 in a browser, sign in with the admin code on the same card and choose Wireless.' },
  outage: { id: 'doc-outage', title: 'Outages', text: 'Check the status page in the app first. Most faults are fixed within 24 hours. If your service is down for more than 2 full days, we credit £3 for each day it stays down.' },
  engineerVisit: { id: 'doc-engineer-visit', title: 'Engineer visits', text: 'You can move or cancel an engineer visit free of charge in the app up to 24 hours before the slot. Later changes cost £25.' },
  movingHome: { id: 'doc-moving-home', title: 'Moving home', text: 'Tell us at least 30 days before you move. We move your service free of charge if your new address is in our network; check it with the postcode checker in the app.' },
  speed: { id: 'doc-speed', title: 'Speed guarantee', text: 'If your speed stays below 30 Mbps for 3 days in a row, report it in the app. If we cannot fix it within 30 days, you may leave without an exit fee.' },
  upgrade: { id: 'doc-upgrade', title: 'Changing plan', text: 'You can move to a faster plan at any time in the app, and the new price starts on your next bill. Moving to a slower plan is possible only in the last 2 months of your contract.' },
  handoff: { id: 'doc-handoff', title: 'Requests for a person', text: 'The assistant must pass these to the customer team: cancelling a contract, complaints, a bereavement, and customers who say they are struggling to pay. The team replies within 1 working day.' },
} satisfies Record<string, Doc>;

export type DocName = keyof typeof knowledgeBase;
