// The corpus: the operations handbook of Ferrylane, a made-up bike-share scheme in a harbour
// city. Each document has an id, a title and paragraphs separated by a blank line. It holds
// what real handbooks hold: prices and limits that differ by a digit, procedures, and prose.
export interface SourceDocument {
  id: string;
  title: string;
  text: string;
}

export const corpus: SourceDocument[] = [
  {
    id: 'plans',
    title: 'Membership plans',
    text: `Ferrylane offers three plans: Pay As You Go, Monthly and Annual. Pay As You Go has no fee and charges every minute of every ride. Monthly costs 14 pounds and includes the first 45 minutes of each ride. Annual costs 120 pounds a year and includes the first 60 minutes of each ride.

A member can switch plans once per calendar month in the app under Account, then Plan. The new plan starts at midnight, and the unused days of a Monthly plan are refunded pro rata to the original card.

Students with a valid university email get 30 percent off the Annual plan. The discount is checked again every September, and it ends if the address stops receiving mail.

Corporate accounts are invoiced monthly. An account manager can add or remove riders at any time, and each rider gets the Annual plan's included minutes.`,
  },
  {
    id: 'fees',
    title: 'Prices and fees',
    text: `A classic bike costs 10 pence a minute beyond a plan's included minutes. An e-bike costs 20 pence a minute, and every e-bike ride also pays an unlock fee of 1 pound, even on the Annual plan.

A ride that ends outside a docking station pays a parking fee of 5 pounds. The fee is waived when the nearest station within 300 metres is full, as long as the rider reports it in the app within ten minutes.

A ride longer than 24 hours is treated as a bike not returned. The rider is charged a recovery fee of 150 pounds, which is refunded in full if the bike is returned undamaged within seven days.

Prices include VAT. Receipts are emailed after each ride and can be downloaded as a monthly statement from the Billing page.`,
  },
  {
    id: 'unlocking',
    title: 'Unlocking and docking a bike',
    text: `To unlock a bike, scan the QR code on its handlebar with the app, or type the four-digit bike number shown under the code. The lock opens within five seconds, and the dock light turns green.

If the lock does not open, wait thirty seconds and try once more. After two failed attempts the app offers a different bike at the same station and the failed attempts are never charged.

To end a ride, push the bike firmly into a free dock until the light turns green and the dock beeps twice. The ride ends only when the dock confirms it, so a rider should wait for the beep before walking away.

A rider may pause a ride for up to 20 minutes by locking the bike with its built-in cable lock. The minutes keep counting while the bike is paused.`,
  },
  {
    id: 'ebikes',
    title: 'E-bikes and batteries',
    text: `Every e-bike has a removable battery with a range of about 55 kilometres on a full charge. The display on the handlebar shows the charge in five bars, and each bar is roughly 11 kilometres.

Batteries are swapped by the operations crew, never by riders. A crew member swaps a battery when it falls below two bars, and the swap rounds run every morning from 06:00 and every afternoon from 14:00.

An e-bike whose battery is below one bar cannot be unlocked, and the app hides it from the map. The motor assists up to 25 kilometres per hour, the legal limit for electrically assisted bicycles in the UK.

In temperatures below freezing, the range falls by up to a third. The app shows a cold weather warning when the forecast for the next hour is below zero.`,
  },
  {
    id: 'damage',
    title: 'Damage and repairs',
    text: `Riders report a fault by pressing Report a problem in the app and choosing the part: brakes, chain, tyres, lights, lock or battery. A bike reported for its brakes is locked at once and cannot be unlocked by anyone until a mechanic clears it.

Mechanics repair most bikes at the depot on Quay Street within two working days. A bike with a bent frame is never repaired; it is stripped for parts and recycled.

A rider is not charged for ordinary wear. A rider who damages a bike on purpose pays the cost of the repair, capped at 250 pounds, and may have their account closed.

Riders who report a fault that a mechanic confirms receive 15 free minutes on their next ride as a thank you.`,
  },
  {
    id: 'theft',
    title: 'Lost and stolen bikes',
    text: `If a bike is stolen during a ride, the rider must report it to the police, get a crime reference number, and send it to support within 48 hours. With a crime reference number the rider pays nothing for the stolen bike.

Without a crime reference number, the rider is charged a replacement fee of 450 pounds for a classic bike and 1,200 pounds for an e-bike.

Every bike carries a GPS tracker that reports its position every two minutes while it is moving. The security team recovers about four in five stolen bikes within a week.

A bike left outside the service area for more than an hour is marked as lost, and the last rider is contacted by email and text message.`,
  },
  {
    id: 'access',
    title: 'Accessibility',
    text: `Ferrylane runs a fleet of 40 adapted cycles, including hand cycles, tricycles and tandem bikes, at the Harbour Hub station. They can be booked up to seven days ahead by phone or in the app.

Adapted cycles cost the same as a classic bike, and a carer riding alongside travels free on a second bike when the booking says so.

Every docking station has at least one dock at a lower height, marked with a blue ring, for riders who use a seated position to dock.

The app works with screen readers on iOS and Android, and every map action has a list view that does not need the map.`,
  },
  {
    id: 'privacy',
    title: 'Data and privacy',
    text: `Ferrylane keeps the route of each ride for 90 days to resolve disputes about charges, then keeps only the start and end stations. Riders can download all their data from the Privacy page at any time.

Location is recorded only while a ride is in progress. The app never tracks a rider's phone between rides, even when location permission is granted.

Ride data is shared with the city council only as counts per street per hour, never as individual journeys. Requests from the police for an individual rider's data need a court order.

A rider can delete their account from the Privacy page. The account is closed at once, and the personal data is erased within 30 days, except payment records, which the law requires us to keep for six years.`,
  },
  {
    id: 'safety',
    title: 'Riding safely',
    text: `Riders must be at least 16 years old, or 18 for an e-bike. The app asks for a date of birth when an account is created and may ask for proof of age.

Helmets are not required by law in the UK, but Ferrylane strongly recommends one. Members can borrow a helmet from the Harbour Hub station for free, and return it to any staffed station.

Bikes must not be ridden on the harbour promenade between 10:00 and 18:00, when it is reserved for pedestrians. The app warns a rider who enters the promenade during those hours.

Every bike has front and rear lights that switch on by themselves when the bike moves. Riders must not carry a passenger, except on a tandem bike booked through the adapted cycles service.`,
  },
  {
    id: 'support',
    title: 'Customer support',
    text: `Support answers in the app chat from 07:00 to 22:00 every day, and by phone on 0300 555 0199 for emergencies at any hour. The median first reply in chat is under four minutes.

A rider who disputes a charge can ask for a review from the ride's receipt. Reviews are decided within five working days, and a refund goes back to the original card.

Complaints that support cannot settle are escalated to the customer relations manager, who replies within ten working days. After that, a rider may take the complaint to the city's transport ombudsman.`,
  },
];
