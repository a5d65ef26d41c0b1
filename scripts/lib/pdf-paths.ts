export const pdfPath = 'dist/ai-engineer-roadmap.pdf';

/** Chromium drops the space where a long heading wraps; compare titles without whitespace. */
export const sameTitle = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
