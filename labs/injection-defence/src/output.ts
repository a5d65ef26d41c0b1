// What happens to the model's words after it has written them.

// TODO(task 4): output handling. The chat window renders the answer as markdown, and a rendered image
// is fetched at once, with whatever its URL carries. Keep images and links to Northwind's own sites;
// turn any other image into plain text (its alt text) and any other link into its text, without a URL.
export function sanitiseMarkdown(markdown: string): string {
  return markdown;
}

// TODO(task 5): PII redaction. Every run's trace is shipped to an observability vendor. Replace email
// addresses with [email], card numbers (13 to 19 digits, maybe in groups) with [card], UK mobile
// numbers (07… 11 digits) with [phone] and UK postcodes (LS1 4AB) with [postcode].
export function redactPii(text: string): string {
  return text;
}

/** The URLs a markdown renderer would fetch at once (images) or offer to click (links). */
export function urlsIn(markdown: string): { images: string[]; links: string[] } {
  const images = [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const links = [...markdown.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return { images, links };
}
