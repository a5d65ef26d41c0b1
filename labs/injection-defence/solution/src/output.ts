import { allowedUrl } from './policy.ts';

// What happens to the model's words after it has written them.

export function sanitiseMarkdown(markdown: string): string {
  return markdown
    .replaceAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt: string, url: string) => (allowedUrl(url) ? whole : `[image removed: ${alt}]`))
    .replaceAll(/(?<!!)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, text: string, url: string) => (allowedUrl(url) ? whole : `${text} (link removed)`));
}

export function redactPii(text: string): string {
  // Data hides in encodings: decode percent-escapes first, and drop long opaque tokens (base64 and the like).
  let plain = text;
  try {
    plain = decodeURIComponent(text);
  } catch {
    // a stray % sign: keep the text as it is
  }
  return plain
    .replaceAll(/[A-Za-z0-9+/]{24,}={0,2}/g, '[encoded]')
    .replaceAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]')
    .replaceAll(/\b\d(?:[ -]?\d){12,18}\b/g, '[card]')
    .replaceAll(/\b07\d{3} ?\d{6}\b/g, '[phone]')
    .replaceAll(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g, '[postcode]');
}

/** The URLs a markdown renderer would fetch at once (images) or offer to click (links). */
export function urlsIn(markdown: string): { images: string[]; links: string[] } {
  const images = [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const links = [...markdown.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return { images, links };
}
