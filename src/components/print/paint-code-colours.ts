// Paints the colours of the print route's code (see code-highlights.ts): each
// line's ranges become Range objects, gathered into one CSS highlight per
// colour. Marks the document when done, so that the PDF export prints after.
import { highlightName } from './code-highlights.ts';

/** The Range from `start` to `end` (offsets into the element's text), found across its text nodes. */
function rangeIn(element: Element, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = new Range();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.length;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return undefined;
}

export function paintCodeColours(root: ParentNode = document): void {
  const byColour = new Map<string, Range[]>();
  for (const line of root.querySelectorAll<HTMLElement>('[data-code-colours]')) {
    for (const part of line.dataset.codeColours!.split(';')) {
      const [start, end, colour] = part.split(' ');
      const range = rangeIn(line, Number(start), Number(end));
      if (!range || !colour) continue;
      const ranges = byColour.get(colour) ?? [];
      ranges.push(range);
      byColour.set(colour, ranges);
    }
  }
  for (const [colour, ranges] of byColour) CSS.highlights.set(highlightName(colour), new Highlight(...ranges));
}
