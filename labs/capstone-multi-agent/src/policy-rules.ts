// The desk's written policy, as numbers. Change them here, and the tests of
// milestone 3 say which scenarios change with them.

/** Credits up to and including this are approved by the policy alone (£20.00). */
export const CREDIT_AUTO_LIMIT_PENCE = 2_000;
/** The most a ticket can ever credit, with or without a person: a customer's and staff's. */
export const CREDIT_CAP_PENCE = { customer: 20_000, staff: 100_000 } as const;
/** Services that belong to the desk itself: only staff may touch them, and only with a person's approval. */
export const PLATFORM_OWNER = 'platform';
