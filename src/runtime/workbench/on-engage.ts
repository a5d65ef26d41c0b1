// The first sign that the learner is reaching for a part of the page: the
// pointer over it, keyboard focus in it, or a touch. Worth waiting for before
// fetching what only a run needs, when that is megabytes (PGlite's data files).
const engagements = ['pointerenter', 'focusin', 'touchstart'] as const;

/** Calls `callback` once: the first time the learner reaches for `element`, or now if they already are. */
export function onEngage(element: HTMLElement, callback: () => void): void {
  let called = false;
  const engage = (): void => {
    if (called) return;
    called = true;
    for (const event of engagements) element.removeEventListener(event, engage);
    callback();
  };
  if (element.matches(':hover') || element.contains(document.activeElement)) return engage();
  for (const event of engagements) element.addEventListener(event, engage, { passive: true });
}
