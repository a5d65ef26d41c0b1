type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | false | undefined;

/** Creates an element with attributes (false/undefined ones omitted) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

/**
 * Sets an element's text only when it differs: for text written on every keystroke, since any change
 * to a chapter's DOM costs the browser a style recalculation.
 */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

let nextId = 0;
/** A page-unique id for aria-controls and label wiring. */
export const uniqueId = (prefix: string): string => `${prefix}-${++nextId}`;
