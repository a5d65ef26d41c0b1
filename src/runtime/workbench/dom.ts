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

let nextId = 0;
/** A page-unique id for aria-controls and label wiring. */
export const uniqueId = (prefix: string): string => `${prefix}-${++nextId}`;
