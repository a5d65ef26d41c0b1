// Support tickets, each labelled with the team that should handle it. The split
// into train and test was fixed before any prompt was written, and it is kept
// here, in the data, so that nobody re-splits until the numbers look good.
// Two test tickets also turn up in the training split, as real data does (the
// same message sent twice): removeLeaks in src/split.ts must catch them.
import type { Category } from './categories.ts';

export interface Example {
  ticket: string;
  label: Category;
}

const train: Example[] = [
  { ticket: 'I was charged twice for the same order.', label: 'billing' },
  { ticket: 'My card shows two payments for one purchase, please fix it.', label: 'billing' },
  { ticket: 'When will my refund arrive? I returned the shoes last week.', label: 'billing' },
  { ticket: 'I sent the jacket back but still have not got my money back.', label: 'billing' },
  { ticket: 'Please send me a VAT invoice for my company.', label: 'billing' },
  { ticket: 'I need a receipt with our company name for expenses.', label: 'billing' },
  { ticket: 'Why did my subscription price go up this month?', label: 'billing' },
  { ticket: 'How much does the premium plan cost per year?', label: 'billing' },
  { ticket: 'My parcel is three days late.', label: 'shipping' },
  { ticket: 'The box I ordered still has not turned up.', label: 'shipping' },
  { ticket: 'The tracking number you sent does not work.', label: 'shipping' },
  { ticket: 'Where is my order? Tracking has not updated since Tuesday.', label: 'shipping' },
  { ticket: 'I moved house, can you send the order to my new address?', label: 'shipping' },
  { ticket: 'Please change the delivery address on order 5521.', label: 'shipping' },
  { ticket: 'Do you offer next-day delivery to Scotland?', label: 'shipping' },
  { ticket: 'How long does shipping take to France?', label: 'shipping' },
  { ticket: 'The app crashes every time I open the camera.', label: 'technical' },
  { ticket: 'The app closes by itself when I tap checkout.', label: 'technical' },
  { ticket: 'My notes do not sync between my phone and laptop.', label: 'technical' },
  { ticket: 'Changes made on the web do not show up on my phone.', label: 'technical' },
  { ticket: 'The website is very slow and pages time out.', label: 'technical' },
  { ticket: 'I get error 503 when I load the dashboard.', label: 'technical' },
  { ticket: 'I no longer get push notifications.', label: 'technical' },
  { ticket: 'Reminders used to pop up but now nothing arrives.', label: 'technical' },
  { ticket: 'I forgot my password and the reset email never came.', label: 'account' },
  { ticket: 'The reset link says it has expired.', label: 'account' },
  { ticket: 'I lost my phone and cannot get the two-factor code.', label: 'account' },
  { ticket: 'The verification code text never arrives.', label: 'account' },
  { ticket: 'How do I change the email address on my profile?', label: 'account' },
  { ticket: 'I want to update my username.', label: 'account' },
  { ticket: 'Please delete my account and all my data.', label: 'account' },
  { ticket: 'How do I close my profile for good?', label: 'account' },
  { ticket: 'I want my data removed   permanently!', label: 'account' },
];

const test: Example[] = [
  { ticket: 'The same payment went through twice on my card.', label: 'billing' },
  { ticket: 'Why does my bank statement list this purchase two times?', label: 'billing' },
  { ticket: 'Still waiting for my money back after returning a lamp.', label: 'billing' },
  { ticket: 'Can I get a refund for a cancelled order?', label: 'billing' },
  { ticket: 'Our finance team needs a receipt that shows VAT.', label: 'billing' },
  { ticket: 'Where can I download the invoice for March?', label: 'billing' },
  { ticket: 'The subscription costs more than when I signed up.', label: 'billing' },
  { ticket: 'Is there a discount on the yearly premium plan?', label: 'billing' },
  { ticket: 'my parcel is three days late', label: 'shipping' },
  { ticket: 'Nothing has turned up yet and it was due on Monday.', label: 'shipping' },
  { ticket: "Tracking still says 'label created' after five days.", label: 'shipping' },
  { ticket: 'Can you give me a tracking link for my order?', label: 'shipping' },
  { ticket: 'I typed the wrong address at checkout, can you correct it?', label: 'shipping' },
  { ticket: 'Can the courier leave it with my neighbour instead?', label: 'shipping' },
  { ticket: 'How long does shipping to Ireland usually take?', label: 'shipping' },
  { ticket: 'Is express delivery available at the weekend?', label: 'shipping' },
  { ticket: 'It shuts down as soon as I open the app on my tablet.', label: 'technical' },
  { ticket: 'The iPhone app crashed after the last update.', label: 'technical' },
  { ticket: 'Sync stopped working after I changed phones.', label: 'technical' },
  { ticket: 'Edits on my laptop never appear on the phone app.', label: 'technical' },
  { ticket: 'Pages take forever to load this morning.', label: 'technical' },
  { ticket: 'The dashboard shows a blank white screen.', label: 'technical' },
  { ticket: 'Notifications stopped after the update.', label: 'technical' },
  { ticket: 'The reminder alerts never show on my watch.', label: 'technical' },
  { ticket: 'How do I reset my password?', label: 'account' },
  { ticket: 'The link to reset my sign-in details does not work.', label: 'account' },
  { ticket: 'My authenticator app was wiped, how do I sign in?', label: 'account' },
  { ticket: 'I am not receiving the verification code by SMS.', label: 'account' },
  { ticket: 'Can I change the email I use to sign in?', label: 'account' },
  { ticket: 'Please update the name on my profile.', label: 'account' },
  { ticket: 'I want my data removed permanently.', label: 'account' },
  { ticket: 'Close my account, I no longer use it.', label: 'account' },
];

export const tickets = { train, test };
