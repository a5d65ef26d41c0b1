// The print route prints every lab's files and every solution: four fifths of its elements are the
// tokens of those listings, and axe checks the contrast of each one. The listings are drawn by the
// same code component as a chapter's code blocks, so what can differ between two of them is only the
// look of their text: colour, background, size, weight and style. The accessibility scan therefore
// keeps every chapter's own code, and of the listings only those that show a look no earlier block
// showed; the others are taken out of the page before it is scanned (axe's own exclude still walks
// them, and scanned the book in 47 s rather than 13 s). A listing in a new language, or a theme that
// colours one token differently, brings its block back into the scan.

/** Blocks that print a lab's files or its solution (src/components/Lab.astro, print/SolutionsAppendix.astro). */
export const listingSelector = '.print-book :is(.lab, .print-solution) pre';
/** Run in the page: removes the repeated listings; returns how many listings were kept and how many removed. */
export function removeRepeatedListings(listings: string): { kept: number; removed: number } {
  const looksOf = (block: Element): string[] => {
    const looks = new Set<string>();
    const blockBackground = getComputedStyle(block).backgroundColor;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      looks.add([style.color, style.backgroundColor, blockBackground, style.fontSize, style.fontWeight, style.fontStyle, style.opacity].join(' '));
    }
    return [...looks];
  };
  const listingBlocks = new Set(document.querySelectorAll(listings));
  const shown = new Set(
    [...document.querySelectorAll('.print-book pre')].filter((block) => !listingBlocks.has(block)).flatMap(looksOf),
  );
  const repeated: Element[] = [];
  for (const block of listingBlocks) {
    const fresh = looksOf(block).filter((look) => !shown.has(look));
    if (fresh.length === 0) repeated.push(block);
    for (const look of fresh) shown.add(look);
  }
  // Only once every block is measured: a removal between two measurements restyles the whole book.
  for (const block of repeated) block.remove();
  return { kept: listingBlocks.size - repeated.length, removed: repeated.length };
}
