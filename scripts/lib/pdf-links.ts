// Reads a PDF's named destinations and link annotations with pdf-lib, each
// resolved to the page (1-based) it points at.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

export interface PdfLink {
  /** The page the link is on. */
  page: number;
  /** [x1, y1, x2, y2] in PDF points, origin bottom left. */
  rect: number[];
  /** An external link's URI. */
  uri?: string | undefined;
  /** The named destination an internal link names, e.g. "chapter-3". */
  name?: string | undefined;
  /** The page an internal link leads to. */
  target?: number | undefined;
}

const text = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : undefined;

export interface PdfLinks {
  links: PdfLink[];
  destinations: Map<string, number>;
  pageCount: number;
}

export async function readLinks(bytes: Uint8Array): Promise<PdfLinks> {
  return linksOf(await PDFDocument.load(bytes, { updateMetadata: false }));
}

/** The links and named destinations of a loaded document. */
export function linksOf(document: PDFDocument): PdfLinks {
  const pages = document.getPages();
  const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index + 1]));
  const pageOf = (destination: PDFObject | undefined): number | undefined => {
    const target = destination instanceof PDFArray ? destination.get(0) : undefined;
    return target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
  };

  // Chromium writes each element id that a link points at as a named destination in the catalog's /Dests.
  const destinations = new Map<string, number>();
  const dests = document.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const page = pageOf(document.context.lookup(value));
      if (page) destinations.set(key.decodeText(), page);
    }
  }

  const links: PdfLink[] = [];
  pages.forEach((page, index) => {
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray)) return;
    for (let position = 0; position < annotations.size(); position++) {
      const annotation = annotations.lookup(position);
      if (!(annotation instanceof PDFDict) || annotation.lookup(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const rect = annotation.lookup(PDFName.of('Rect'));
      const link: PdfLink = { page: index + 1, rect: rect instanceof PDFArray ? rect.asArray().map((value) => Number(value.toString())) : [] };
      const action = annotation.lookup(PDFName.of('A'));
      const destination = annotation.lookup(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined);
      if (action instanceof PDFDict && action.lookup(PDFName.of('S'))?.toString() === '/URI') link.uri = text(action.lookup(PDFName.of('URI')));
      if (destination instanceof PDFArray) link.target = pageOf(destination);
      else if (destination) {
        link.name = text(destination);
        link.target = link.name === undefined ? undefined : destinations.get(link.name);
      }
      links.push(link);
    }
  });
  return { links, destinations, pageCount: pages.length };
}
