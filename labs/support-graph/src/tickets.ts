// The support desk's seeded tickets. The amount of a refund comes from the
// order on record, never from the model: the model only decides the route.
export interface Ticket {
  id: string;
  customer: string;
  message: string;
  /** What the order cost, in pence: the most a refund for it may be. */
  orderTotalPence: number;
}

export const tickets: Ticket[] = [
  { id: 'T-1001', customer: 'Ada', message: 'How do I reset my password?', orderTotalPence: 0 },
  { id: 'T-1002', customer: 'Grace', message: 'I was charged twice for my order of tea. Please refund the extra charge.', orderTotalPence: 1_850 },
  { id: 'T-1003', customer: 'Alan', message: 'The sofa arrived with a broken leg. I would like a refund.', orderTotalPence: 34_900 },
  { id: 'T-1004', customer: 'Edsger', message: 'Refund please: the headphones stopped working after two days.', orderTotalPence: 12_000 },
  { id: 'T-1005', customer: 'Barbara', message: 'Where is my parcel? It was due on Monday.', orderTotalPence: 4_200 },
];

export function ticketById(id: string): Ticket {
  const ticket = tickets.find((candidate) => candidate.id === id);
  if (!ticket) throw new Error(`src/tickets.ts: no ticket with id "${id}"; known ids: ${tickets.map((known) => known.id).join(', ')}`);
  return ticket;
}

/** £349.00 from 34900 pence. */
export const pounds = (pence: number): string => `£${(pence / 100).toFixed(2)}`;
