// The contents' page numbers, written into the printed PDF, so that the book is laid out once.
// Chromium cannot number a contents by itself (it has no target-counter()), and printing the book a
// second time with the numbers filled in cost a whole layout pass: about a minute alone, five beside
// the browser tests. A contents row is one link, and Chromium writes a block link's annotation over
// the link's border box; so where the empty page-number slot sits in its row, measured in the page
// before printing, says where its number goes in the PDF.
import { PDFDocument, PDFPage, StandardFonts, type PDFFont, beginMarkedContent, endMarkedContent, rgb } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { linksOf, type PdfLink } from './pdf-links.ts';

/** A contents row's empty page-number slot, measured in CSS pixels from the row's top left corner. */
export interface ContentsSlot {
  /** The id the row links to: the destination whose page the slot shows. */
  anchor: string;
  title: string;
  rowWidth: number;
  /** The slot's right edge, where its right-aligned number ends. */
  slotRight: number;
  /** The baseline of the row's first line, which the number sits on. */
  baseline: number;
  fontSize: number;
  /** The text colour, each channel 0–255. */
  color: [number, number, number];
}

/** Measures every `[data-toc-page]` slot of the print route, laid out for print in a window as wide as the PDF's column. */
export const measureContentsSlots = (page: Page): Promise<ContentsSlot[]> =>
  page.$$eval('[data-toc-page]', (slots) =>
    slots.map((slot) => {
      const row = slot.closest('a');
      if (!row) throw new Error(`the contents slot for "${slot.getAttribute('data-toc-page')}" is not inside a link`);
      const rowBox = row.getBoundingClientRect();
      const slotBox = slot.getBoundingClientRect();
      const style = getComputedStyle(slot);
      const [r = 0, g = 0, b = 0] = (style.color.match(/[\d.]+/g) ?? []).map(Number);
      return {
        anchor: slot.getAttribute('data-toc-page') ?? '',
        title: row.querySelector('.print-toc-title')?.textContent?.trim() ?? '',
        rowWidth: rowBox.width,
        slotRight: slotBox.right - rowBox.left,
        // An empty inline box in a row aligned on its baseline sits on that baseline.
        baseline: slotBox.bottom - rowBox.top,
        fontSize: Number.parseFloat(style.fontSize),
        color: [r, g, b] as [number, number, number],
      };
    }),
  );

/**
 * The link annotation that is this slot's contents row: the widest link to the anchor on the pages before
 * the book's first chapter (the cover's map links to chapters too, but only across a narrow box).
 */
function rowLinkOf(slot: ContentsSlot, links: PdfLink[], firstChapterPage: number): PdfLink {
  const width = ({ rect }: PdfLink): number => Math.abs((rect[2] ?? 0) - (rect[0] ?? 0));
  const row = links.filter(({ name, page }) => name === slot.anchor && page < firstChapterPage).sort((a, b) => width(b) - width(a))[0];
  if (!row) throw new Error(`export-pdf: no link to "#${slot.anchor}" before page ${firstChapterPage}, where the book starts, for the contents entry "${slot.title}".`);
  return row;
}

function drawNumber(page: PDFPage, text: string, at: { x: number; y: number; size: number }, color: ContentsSlot['color'], font: PDFFont): void {
  const [r, g, b] = color.map((channel) => channel / 255) as [number, number, number];
  // Marked as an artifact: the row's link, already tagged, is what a screen reader follows; an
  // untagged mark in a tagged PDF would be content with no place in its structure.
  page.pushOperators(beginMarkedContent('Artifact'));
  page.drawText(text, { x: at.x - font.widthOfTextAtSize(text, at.size), y: at.y, size: at.size, font, color: rgb(r, g, b) });
  page.pushOperators(endMarkedContent());
}

/**
 * Writes each contents row's page number into its slot, and returns the page each row leads to.
 * Fails, naming the entry, when a destination or its row cannot be found.
 */
export async function numberContents(document: PDFDocument, slots: ContentsSlot[]): Promise<Map<string, number>> {
  const { links, destinations } = linksOf(document);
  const font = await document.embedFont(StandardFonts.Helvetica);
  const pages = document.getPages();
  const numbers = new Map<string, number>();
  const firstChapterPage = Math.min(...slots.map(({ anchor }) => destinations.get(anchor) ?? Infinity));
  for (const slot of slots) {
    const target = destinations.get(slot.anchor);
    if (!target) throw new Error(`export-pdf: the PDF has no destination "#${slot.anchor}" for "${slot.title}"; its destinations: ${[...destinations.keys()].slice(0, 20).join(', ')}…`);
    const row = rowLinkOf(slot, links, firstChapterPage);
    const [left = 0, , right = 0, top = 0] = row.rect;
    // Chromium may print the page a little larger or smaller than laid out: the row's printed width says by how much.
    const scale = (right - left) / slot.rowWidth;
    const at = { x: left + slot.slotRight * scale, y: top - slot.baseline * scale, size: slot.fontSize * scale };
    drawNumber(pages[row.page - 1]!, String(target), at, slot.color, font);
    numbers.set(slot.anchor, target);
  }
  return numbers;
}
