// Places in the lab's files ("src/count.ts:12:5") as buttons that open the file
// at that line in the editor: under a failed test, and in the stack of an
// error in the output. Only the lab's own files become buttons, so text that
// lab code prints can at most open one of them.
import type { SourceLocation } from '../runner.ts';
import { h } from './dom.ts';

export interface LocationTarget {
  /** Whether the editor has this file (a tab of it). */
  canOpen(path: string): boolean;
  /** Opens the file with the cursor at this line and column (both from 1). */
  open(path: string, line: number, column: number): void;
}

/** A target for a panel with no editor to open files in: places stay text. */
export const nowhere: LocationTarget = { canOpen: () => false, open: () => {} };

const placePattern = /((?:[\w.@-]+\/)*[\w.@-]+\.(?:[cm]?[jt]sx?|json)):(\d+):(\d+)/g;
const hasPlace = new RegExp(placePattern.source);

export function locationButton(location: Pick<SourceLocation, 'file' | 'line' | 'column'>, target: LocationTarget): HTMLElement {
  const text = `${location.file}:${location.line}:${location.column}`;
  if (!target.canOpen(location.file)) return h('span', { class: 'wb-location-text' }, text);
  const button = h('button', { type: 'button', class: 'wb-location', title: `Open ${location.file} at line ${location.line}, column ${location.column}` }, text);
  button.addEventListener('click', () => target.open(location.file, location.line, location.column));
  return button;
}

/** A stack as Node prints it, "at fn (file:line:column)", each place a button. */
export function stackList(stack: SourceLocation[], target: LocationTarget): HTMLElement {
  return h(
    'ul',
    { class: 'wb-stack', 'aria-label': 'Where it failed' },
    ...stack.map((frame) => (frame.fn ? h('li', {}, `at ${frame.fn} (`, locationButton(frame, target), ')') : h('li', {}, 'at ', locationButton(frame, target)))),
  );
}

/** Turns every place in a lab file named in the text under `root` into a button. */
export function linkLocations(root: Node, target: LocationTarget): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (hasPlace.test((node as Text).data)) texts.push(node as Text);
  for (const node of texts) {
    const parts: Array<string | Node> = [];
    let last = 0;
    for (const match of node.data.matchAll(placePattern)) {
      const [whole, file = '', line = '0', column = '0'] = match;
      if (!target.canOpen(file)) continue;
      parts.push(node.data.slice(last, match.index), locationButton({ file, line: Number(line), column: Number(column) }, target));
      last = match.index + whole.length;
    }
    if (last === 0) continue;
    parts.push(node.data.slice(last));
    node.replaceWith(...parts);
  }
}
