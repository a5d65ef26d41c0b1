// A highlighted listing is one span per token, and the print route holds every
// lab's files and solutions: those spans were half of its 180,000 elements,
// and laying them out was most of the PDF export's time. On the print route a
// line of code is plain text instead, and its colours travel as ranges in a
// data-code-colours attribute ("start end colour;…", offsets into the line's
// text), which paint-code-colours.ts paints with the CSS Custom Highlight API:
// the same colours, printed, with no element per token.
//
// The book is printed in the light theme. Expressive Code names each theme's
// look of a token by the theme's number (--0 for Starlight's dark theme, --1
// for its light one, which its CSS reads unless the page is dark); a token
// whose light look is more than a colour keeps its span.
import type { Element, ElementContent, Root } from 'hast';

const lightColour = '--1';
const hexColour = /^#[0-9a-f]{6}$/i;

type Piece = { text: string; colour?: string } | { kept: ElementContent };

const classes = (element: Element): unknown[] => (Array.isArray(element.properties.className) ? element.properties.className : []);
const isTokenSpan = (node: Element): boolean => node.tagName === 'span' && classes(node).length === 0 && Object.keys(node.properties).every((name) => name === 'style');

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/** The light theme's declarations of a token span's style (--1, --1fs …), by name. */
function lightLook(style: unknown, inherited: Record<string, string>): Record<string, string> {
  const look = { ...inherited };
  for (const part of String(style ?? '').split(';')) {
    const colon = part.indexOf(':');
    const name = part.slice(0, colon).trim();
    if (colon > 0 && name.startsWith(lightColour) && !/^--1\d/.test(name)) look[name] = part.slice(colon + 1).trim();
  }
  return look;
}

/** The line's text in order, each piece with its light colour; anything else (an indent, a token with more than a colour) kept whole. */
function pieces(nodes: ElementContent[], look: Record<string, string>, into: Piece[]): Piece[] {
  for (const node of nodes) {
    if (node.type === 'text') into.push({ text: node.value, ...(look[lightColour] === undefined ? {} : { colour: look[lightColour] }) });
    else if (node.type === 'element' && isTokenSpan(node)) {
      const inner = lightLook(node.properties.style, look);
      const onlyColour = Object.keys(inner).every((name) => name === lightColour) && (inner[lightColour] === undefined || hexColour.test(inner[lightColour]));
      if (onlyColour) pieces(node.children, inner, into);
      else into.push({ kept: node });
    } else if (node.type === 'element' && classes(node).includes('indent')) {
      // A wrapped line's indent: only spaces, whatever their token's colour.
      into.push({ kept: { ...node, children: [{ type: 'text', value: textOf(node) }] } });
    } else into.push({ kept: node });
  }
  return into;
}

/** Rewrites one line: plain text, and its colours as ranges (a space takes the colour before it, so runs join). */
function paintLater(line: Element): Set<string> {
  const colours = new Set<string>();
  const children: ElementContent[] = [];
  const ranges: Array<{ start: number; end: number; colour: string }> = [];
  let offset = 0;
  for (const piece of pieces(line.children, {}, [])) {
    if ('kept' in piece) {
      children.push(piece.kept);
      offset += textOf(piece.kept).length;
      continue;
    }
    const last = children.at(-1);
    if (last?.type === 'text') last.value += piece.text;
    else children.push({ type: 'text', value: piece.text });
    const start = offset;
    offset += piece.text.length;
    const previous = ranges.at(-1);
    const colour = piece.colour?.toLowerCase();
    if (previous && previous.end === start && (previous.colour === colour || /^\s+$/.test(piece.text))) {
      previous.end = offset;
    } else if (colour !== undefined) {
      ranges.push({ start, end: offset, colour });
      colours.add(colour);
    }
  }
  line.children = children;
  if (ranges.length > 0) line.properties.dataCodeColours = ranges.map(({ start, end, colour }) => `${start} ${end} ${colour.slice(1)}`).join(';');
  return colours;
}

function* codeLines(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'div' && classes(child).includes('code')) yield child;
    else yield* codeLines(child);
  }
}

/** The name of the highlight that paints `colour` (six hex digits, lower case). */
export const highlightName = (colour: string): string => `code-${colour}`;

/**
 * Makes every highlighted line of code in `tree` (Expressive Code's div.code) plain text with its colours
 * as ranges; returns the stylesheet that gives each colour's highlight its colour, in the light theme.
 */
export function codeColoursAsRanges(tree: Root): string {
  const colours = new Set<string>();
  for (const line of codeLines(tree)) for (const colour of paintLater(line)) colours.add(colour.slice(1));
  return [...colours]
    .sort()
    .map((colour) => `:root:not([data-theme='dark']) ::highlight(${highlightName(colour)}){color:#${colour}}`)
    .join('\n');
}
