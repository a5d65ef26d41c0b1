// The response headers every server and host of the site sends (dev, npm start,
// the tests, the PDF export, _headers, vercel.json, the Pages service worker).

/** Cross-origin isolation: the WebContainer runner needs it. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/**
 * No other origin may frame the book: a framing page could navigate the lab
 * sandbox inside it. Script types are never sniffed, and other sites get the
 * origin at most as a referrer. The rest of the Content-Security-Policy is a
 * <meta> element in each built page (see content-security-policy.ts): it holds
 * the hashes of that build's inline scripts, and it goes wherever the page goes,
 * on hosts that cannot send headers too. frame-ancestors works only as a header.
 */
export const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** Everything a page is served with. */
export const siteHeaders = { ...isolationHeaders, ...securityHeaders } as const;

/**
 * Folders whose files are named by a hash of their content (Astro's assets, the
 * labs' npm modules and data files, the editor's language service and the labs'
 * declaration files): a browser may keep them for good, so a second page, or a
 * second lab, fetches nothing it already has.
 */
export const immutableFolders = ['/_astro/', '/lab-data/m/', '/lab-data/a/', '/lab-data/t/'] as const;
export const immutableCaching = { 'Cache-Control': 'public, max-age=31536000, immutable' } as const;
