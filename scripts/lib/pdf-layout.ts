// The PDF's page: A4 with these margins. The export prints with it, and the
// print-route tests lay the page out at the same column width.
import type { Page } from '@playwright/test';

const mm = 96 / 25.4; // CSS pixels per millimetre
export const paper = { width: 210, height: 297 }; // A4, in mm
export const margin = { top: 18, bottom: 20, left: 16, right: 16 }; // in mm

/** The width of the PDF's text column in CSS pixels (A4 less the side margins), rounded down. */
export const columnWidthPx = Math.floor((paper.width - margin.left - margin.right) * mm);
/** The height of one page's text area in CSS pixels. */
export const columnHeightPx = Math.floor((paper.height - margin.top - margin.bottom) * mm);

const footer = `<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** Prints the page as the book's PDF: tagged, with bookmarks and a page-number footer. */
export const renderPdf = (page: Page): Promise<Buffer> =>
  page.pdf({
    width: `${paper.width}mm`,
    height: `${paper.height}mm`,
    printBackground: true,
    tagged: true, // bookmarks (outline) need a tagged PDF
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: footer,
    margin: { top: `${margin.top}mm`, bottom: `${margin.bottom}mm`, left: `${margin.left}mm`, right: `${margin.right}mm` },
  });

/**
 * Run in the print route (page.evaluate): up to `limit` elements of the book that reach past the
 * window's width, each as "its chapter: its text". Laid out at the column's width, any one of them makes
 * Chromium print every page of the book smaller to fit it. Maths' hidden MathML and drawings inside an
 * SVG are measured by the SVG around them.
 */
export function elementsWiderThanWindow(limit: number): string[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('.print-book *')]
    .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.katex-mathml, svg'))
    .slice(0, limit)
    .map((element) => `${element.closest('[data-print-chapter-href]')?.getAttribute('data-print-chapter-href') ?? 'the front matter'}: "${element.textContent?.slice(0, 60)}"`);
}
