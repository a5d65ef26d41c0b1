// The workbench replaces a static view that is often far taller than it (every file,
// highlighted). Swapped in naively, the text after the lab would jump under a reader who
// came back up to it, and keyboard focus on a hidden copy button would fall to <body>.

/** How long the reader's place is held while the workbench settles (the editor lays out after mounting). */
const settleMs = 2_000;

/** Runs `swap`, which changes `section`'s height, keeping the reader's place and focus. */
export function swapInPlace(section: Element, swap: () => void, focusTarget: HTMLElement): void {
  const before = section.getBoundingClientRect();
  const focusWasInside = section.contains(document.activeElement);
  swap();
  // A focused element that the swap hid keeps focus until the browser's next update, then drops it to <body>.
  // A keyboard reader's place is where focus is, so it moves to the workbench, which scrolls into view.
  const focused = document.activeElement;
  const lost = !focused || focused === document.body || !section.contains(focused) || focused.getClientRects().length === 0;
  if (focusWasInside && lost) {
    focusTarget.focus();
    return;
  }
  // When the text after the lab is on screen and the lab starts above it, the swap would pull that text
  // away: hold the section's bottom edge where it was, until the reader scrolls or the layout settles.
  // (A reader looking at the static files themselves sees the workbench take their place: nothing to hold.)
  if (before.top < 0 && before.bottom <= window.innerHeight) {
    const hold = () => {
      const shift = section.getBoundingClientRect().bottom - before.bottom;
      if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
    };
    hold();
    const observer = new ResizeObserver(hold);
    observer.observe(section);
    const release = () => observer.disconnect();
    setTimeout(release, settleMs);
    for (const event of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) addEventListener(event, release, { once: true, passive: true });
  }
}
