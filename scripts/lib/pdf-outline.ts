// Reads a PDF's outline (bookmarks) with pdf-lib: each entry's title, depth and
// the page (1-based) it points to.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFHexString, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  depth: number;
  page: number | undefined;
}

function text(value: unknown): string {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : '';
}

export async function readOutline(bytes: Uint8Array): Promise<{ entries: OutlineEntry[]; pageCount: number; title: string | undefined }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const context = document.context;
  const entries: OutlineEntry[] = [];

  const destinationPage = (item: PDFDict): number | undefined => {
    let destination = item.lookup(PDFName.of('Dest'));
    const action = item.lookup(PDFName.of('A'));
    if (!destination && action instanceof PDFDict) destination = action.lookup(PDFName.of('D'));
    if (destination instanceof PDFArray) {
      const target = destination.get(0);
      return target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    }
    return undefined;
  };

  const walk = (first: unknown, depth: number) => {
    let item = first instanceof PDFRef ? context.lookup(first) : first;
    while (item instanceof PDFDict) {
      entries.push({ title: text(item.lookup(PDFName.of('Title'))).trim(), depth, page: destinationPage(item) });
      walk(item.get(PDFName.of('First')), depth + 1);
      const next = item.get(PDFName.of('Next'));
      item = next instanceof PDFRef ? context.lookup(next) : undefined;
    }
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0);
  return { entries, pageCount: document.getPageCount(), title: document.getTitle() };
}
