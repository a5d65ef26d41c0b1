// The fewest escapes HTML needs, for markup written as text: Astro's own escaping also turns
// every quote and apostrophe into an entity, which in a page of code adds up.

/** Text between tags. */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A double-quoted attribute's value. */
export const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
