// The first sign that the learner is reaching for a part of the page: keyboard
// focus in it, a press or a touch, or the pointer resting on it. Worth waiting
// for before fetching what only a run needs, when that is megabytes (PGlite's
// data files). The pointer must rest a moment: content scrolling under a still
// pointer also enters it, and a reader scrolling past has not reached for it.
const atOnce = ['focusin', 'pointerdown', 'touchstart'] as const;
const restMs = 300;

/** Calls `callback` once: the first time the learner reaches for `element`. */
export function onEngage(element: HTMLElement, callback: () => void): void {
  let called = false;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const engage = (): void => {
    if (called) return;
    called = true;
    clearTimeout(resting);
    for (const event of atOnce) element.removeEventListener(event, engage);
    element.removeEventListener('pointerenter', rest);
    element.removeEventListener('pointerleave', leave);
    callback();
  };
  const rest = (): void => {
    clearTimeout(resting);
    resting = setTimeout(engage, restMs);
  };
  const leave = (): void => clearTimeout(resting);
  if (element.contains(document.activeElement)) return engage();
  for (const event of atOnce) element.addEventListener(event, engage, { passive: true });
  element.addEventListener('pointerenter', rest, { passive: true });
  element.addEventListener('pointerleave', leave, { passive: true });
  if (element.matches(':hover')) rest();
}
