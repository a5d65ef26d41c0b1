// The help centre of Sprocket Bikes, an e-bike subscription: what the assistant
// retrieves from. Each article is one chunk here; the RAG chapters split longer ones.
export interface Article {
  id: string;
  title: string;
  text: string;
}

export const articles: Article[] = [
  {
    id: 'a1',
    title: 'Pausing a subscription',
    text: 'You can pause your subscription for up to eight weeks a year from the Plan page. A pause starts at midnight on the day you choose and you keep the bike, but it must stay locked at home. No monthly fee is taken during a pause. Insurance still covers theft from your home while paused, but not accidents on the road.',
  },
  {
    id: 'a2',
    title: 'Flat tyres and punctures',
    text: 'Every bike has puncture-resistant tyres, but flats still happen. Book a mobile mechanic from the app and one comes to you within two working days, free of charge. If you are stranded, call the roadside line and we collect you and the bike within 90 minutes in the city zone. Do not ride on a flat tyre: the rim damage is charged at 45 pounds.',
  },
  {
    id: 'a3',
    title: 'Battery range and charging',
    text: 'A full battery gives 60 to 90 kilometres, less in cold weather or on hills. Charge it indoors with the supplied charger; a full charge takes about four hours. Never charge a battery that is swollen, cracked or wet. A replacement battery is free if yours holds less than 70 percent of its charge within the first two years.',
  },
  {
    id: 'a4',
    title: 'Theft and insurance',
    text: 'Report a theft to the police first, then in the app within 24 hours, with the crime reference number. If the bike was locked with the supplied D-lock to a fixed object, insurance replaces it and you pay an excess of 50 pounds. If it was not locked, you pay the full replacement cost of 1,400 pounds. Keep both keys: we ask for them.',
  },
  {
    id: 'a5',
    title: 'Swapping to a different bike',
    text: 'You can swap to a different model once every three months at no cost, subject to stock. Cargo bikes cost 15 pounds a month more than the standard bike. Swaps are delivered and collected at the same visit, in a two-hour window you choose in the app. Remove your own accessories before the visit.',
  },
  {
    id: 'a6',
    title: 'Cancelling',
    text: 'The first three months are a minimum term. After that you can cancel with one month of notice from the Plan page. We collect the bike in the last week of your notice period. A bike returned with damage beyond normal wear is charged at the repair cost, which we quote with photographs before charging.',
  },
  {
    id: 'a7',
    title: 'Payments and invoices',
    text: 'The monthly fee is taken on the same day each month by card. If a payment fails we retry after three days and again after seven; after a second failure the bike is locked remotely until the account is paid. Invoices for every payment are in the app under Account, as PDFs with tax shown separately.',
  },
  {
    id: 'a8',
    title: 'Servicing',
    text: 'Every bike gets a free service every six months, booked from the app. The mechanic checks brakes, gears, chain, lights and the battery, and replaces worn brake pads and chains at no cost. A service visit takes about 40 minutes and can happen at home or at work.',
  },
  {
    id: 'a9',
    title: 'Moving house',
    text: 'Tell us your new address in the app at least five working days before you move. Inside a city zone the bike can stay with you; we update the address and nothing else changes. Outside every zone we collect the bike and end the subscription without a notice period.',
  },
  {
    id: 'a10',
    title: 'Accounts and privacy',
    text: 'Your account number starts with ACC and is shown on every invoice. We never ask for your password by email or chat. You can download your data or ask us to delete your account from the Privacy page; we keep invoices for six years because the law requires it.',
  },
];
