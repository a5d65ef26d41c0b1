/** Decodes a URL path's percent-escapes, or returns undefined when they are malformed (e.g. "/%E0%A4%A"). */
export function decodeUrlPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
