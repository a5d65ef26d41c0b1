// The support assistant's prompt. The system prompt is the same on every call
// (instructions, then the help-centre articles the assistant may quote), so it is
// a stable prefix that a provider can cache; the ticket changes every time.
const instructions = `You are the support assistant of Northwind Goods, an online shop for home and
kitchen equipment. Answer the customer's ticket in three sentences or fewer. Quote the help-centre
article you relied on by its number, for example "(article 4)". Never promise a refund, a
replacement or a delivery date that the articles below do not promise. If the articles do not
cover the question, say so and offer to pass the ticket to a person. Write plainly, without
marketing language, and do not ask for payment details.`;

const articles = [
  `Article 1, Delivery times. Orders placed before 14:00 on a working day leave our warehouse the
same day. Standard delivery takes two to four working days; express delivery takes one working
day and costs 6.90. Large items such as dishwashers and fridges travel with a two-person crew and
are booked into a two-hour window that the customer chooses by phone or on the tracking page.`,
  `Article 2, Tracking a parcel. Every order gets a tracking link by email as soon as it leaves the
warehouse. The courier updates the link at each depot. A parcel marked as delivered but not found
should be reported within 48 hours: check with neighbours and any safe place named at checkout,
then open a ticket with the order number, and we start a trace with the courier the same day.`,
  `Article 3, Missing parcels. When a courier trace finds no proof of delivery, or the trace is not
finished after five working days, we send a replacement at our cost or refund the order, at the
customer's choice. A parcel signed for at the delivery address is treated as delivered; in that
case we share the signature and the photograph the courier took, and the customer may dispute it.`,
  `Article 4, Returns. Unused items may be returned within 30 days of delivery for a full refund,
in their original packaging where possible. Opened small appliances may be returned within 14 days
if they are complete and clean. Print the return label from the order page; drop-off at any post
office is free. Refunds reach the original payment method within five working days of arrival.`,
  `Article 5, Damaged items. Items that arrive damaged must be reported within seven days, with a
photograph of the item and of the packaging. We do not ask the customer to send back items that
are broken or unsafe. For damaged large appliances, refuse the delivery if the damage is visible
and tell the crew; otherwise report it and we arrange a collection with the two-person crew.`,
  `Article 6, Warranty. Every appliance has a two-year warranty from the date of delivery, and
some brands add a third year when the product is registered with them. A fault inside the
warranty is repaired, replaced or refunded; the choice depends on the fault and on stock. Keep the
order confirmation: it is the proof of purchase. Wear, misuse and cosmetic marks are not covered.`,
  `Article 7, Changing or cancelling an order. An order can be changed or cancelled from the order
page until it leaves the warehouse. After that it can no longer be stopped, but it can be returned
under article 4. A delivery address cannot be changed once the parcel is with the courier, because
the courier only accepts address changes from the sender before collection.`,
  `Article 8, Payments and invoices. We accept cards, bank transfer and two instalment services.
The card is charged when the order leaves the warehouse, not when it is placed. An invoice for
every order is on the order page as a PDF, with the tax shown separately. A duplicate charge is
usually a pending authorisation that the bank releases within five working days.`,
  `Article 9, Accounts and privacy. A customer can change the email address, password and delivery
addresses of an account on the settings page. We never ask for a password or a full card number by
email or chat. A customer may ask for a copy of their data or for the account to be deleted; we do
it within 30 days and keep only the invoices that the law requires us to keep.`,
  `Article 10, Gift orders. A gift order ships without prices in the parcel, and the gift message
is printed on a card. Returns of a gift are refunded to the person who paid, or as store credit to
the person who received it if they prefer. Gift wrapping costs 3.50 per parcel and is not refunded
when the gift is returned.`,
  `Article 11, Business customers. Companies can open a business account with monthly invoicing
and a credit limit agreed after a short check. Prices for business accounts are shown without tax.
Bulk orders of more than 20 identical items are quoted by the sales team within one working day,
with a delivery date agreed before the order is confirmed.`,
  `Article 12, Recycling old appliances. When we deliver a large appliance, the crew can take the
old one away for recycling for a fee of 15, booked at checkout. The old appliance must be
disconnected, empty and defrosted before the crew arrives. Small electrical items can be dropped
off for free at any of our partner collection points, with or without a new order.`,
];

export const systemPrompt = [instructions, ...articles].join('\n\n');

export const ticket = 'Summarise: my parcel was marked as delivered yesterday but it is not here, and the courier says to contact you.';
