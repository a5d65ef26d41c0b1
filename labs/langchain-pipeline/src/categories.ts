/** The teams a ticket can be routed to. */
export const categories = ['billing', 'shipping', 'technical', 'account'] as const;
export type Category = (typeof categories)[number];

export const isCategory = (value: string): value is Category => (categories as readonly string[]).includes(value);
