import { pdfHref } from '../../src/book/meta.ts';

/** The page that holds the whole book, which the export prints. Not in the sitemap or the search index. */
export const printBookPath = '/print-book/';

/** Where the export writes the PDF: the file the site's links (pdfHref) point at. */
export const pdfPath = `dist${pdfHref}`;

/** Chromium drops the space where a long heading wraps; compare titles without whitespace. */
export const sameTitle = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
