// Turns a hand-drawn SVG from src/figures/ into the inline SVG a <Figure> shows:
// labelled by its alt text (role="img" and a <title>), sized from its viewBox, its
// ids made unique on the page, and checked against the drawing rules of
// Contributing → Drawing a figure: colours come from the theme, never from the file.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';

export interface PreparedSvg {
  /** The SVG element as HTML, ready to inline. */
  html: string;
  /** The viewBox's width: the figure's width in CSS pixels on a wide screen. */
  width: number;
}

/**
 * The widest viewBox allowed: a figure is shown at its own size on a wide screen and shrinks to fit a phone's
 * column (about 358 px), so a 480-wide drawing's 15-unit labels still read at 11 px there.
 */
export const maxFigureWidth = 480;

/** A figure that breaks the drawing rules: the message names the SVG file and what to change. */
export class FigureError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'FigureError';
  }
}

/** Presentation attributes (as hast names them) that take a colour. */
const colourProperties = ['fill', 'stroke', 'color', 'stopColor', 'floodColor', 'lightingColor'];
const colourCss = /^(fill|stroke|color|stop-color|flood-color|lighting-color|background(-color)?)$/;
/** Colour values that follow the theme: none, the text colour, a gradient or pattern, or a theme variable. */
const themedColour = /^(none|currentcolor|transparent|inherit|context-stroke|context-fill|url\(#[^)]+\)|var\(--[a-z0-9-]+\))$/i;
const forbiddenElements = new Set(['style', 'script', 'foreignObject', 'image', 'iframe']);
/** Property names (hast's camelCase) that refer to one id, and those whose text holds url(#id). */
const hrefProperties = ['href', 'xLinkHref'];

function* walk(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* walk(child);
  }
}

/** Drops comments: notes for whoever draws the file, not for the page. */
function dropComments(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'comment') as typeof node.children;
  for (const child of node.children) if (child.type === 'element') dropComments(child);
}

function checkColours(file: string, element: Element): void {
  for (const property of colourProperties) {
    const value = element.properties[property];
    if (value !== undefined && !themedColour.test(String(value).trim())) {
      throw new FigureError(file, `<${element.tagName}> has the colour ${property}="${String(value)}"; use a class from the figure styles (or currentColor) so that it follows the light and dark themes`);
    }
  }
  const style = element.properties['style'];
  if (typeof style !== 'string') return;
  for (const declaration of style.split(';')) {
    const [name = '', ...rest] = declaration.split(':');
    const value = rest.join(':').trim();
    if (colourCss.test(name.trim().toLowerCase()) && !themedColour.test(value)) {
      throw new FigureError(file, `<${element.tagName}> has the colour "${declaration.trim()}" in its style; use a class from the figure styles so that it follows the light and dark themes`);
    }
  }
}

const viewBoxOf = (file: string, svg: Element): number[] => {
  const numbers = String(svg.properties['viewBox'] ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || (numbers[2] ?? 0) <= 0 || (numbers[3] ?? 0) <= 0) {
    throw new FigureError(file, 'the <svg> needs a viewBox="0 0 width height" (its drawing units are CSS pixels at full size)');
  }
  return numbers;
};

/** Prefixes every id, and every reference to one (href="#…", url(#…)), so two figures on a page never clash. */
function prefixIds(elements: Element[], prefix: string): void {
  const ids = new Set(elements.map((element) => element.properties['id']).filter((id): id is string => typeof id === 'string'));
  const rename = (id: string): string => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const element of elements) {
    const id = element.properties['id'];
    if (typeof id === 'string') element.properties['id'] = rename(id);
    for (const property of hrefProperties) {
      const value = element.properties[property];
      if (typeof value === 'string' && value.startsWith('#')) element.properties[property] = `#${rename(value.slice(1))}`;
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (typeof value === 'string' && value.includes('url(#')) element.properties[property] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
    }
  }
}

/**
 * Prepares an SVG file's text for inlining.
 * @param file the file's path, for error messages (e.g. "src/figures/stage-1-foundation/causal-mask.svg")
 * @param alt the figure's alt text, which becomes the SVG's accessible name
 * @param idPrefix unique on the page, e.g. "figure-causal-mask"
 */
export function prepareSvg(source: string, { file, alt, idPrefix }: { file: string; alt: string; idPrefix: string }): PreparedSvg {
  const tree = fromHtml(source.replace(/<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, ''), { fragment: true });
  const roots = tree.children.filter((child): child is Element => child.type === 'element');
  const svg = roots[0];
  if (roots.length !== 1 || svg?.tagName !== 'svg') throw new FigureError(file, 'must hold exactly one <svg> element');
  const [, , width = 0, height = 0] = viewBoxOf(file, svg);
  if (width > maxFigureWidth) throw new FigureError(file, `the viewBox is ${width} wide; draw at ${maxFigureWidth} or less, so that its labels stay readable on a phone`);
  const elements = [svg, ...walk(svg)];
  for (const element of elements) {
    if (forbiddenElements.has(element.tagName)) {
      throw new FigureError(file, `<${element.tagName}> is not allowed in a figure (${element.tagName === 'style' ? 'an inline <style> would restyle the whole page; use the figure classes' : 'a figure is a self-contained drawing'})`);
    }
    const handler = Object.keys(element.properties).find((name) => /^on[A-Z]/.test(name));
    if (handler) throw new FigureError(file, `<${element.tagName}> has an event handler (${handler}); a figure runs no script`);
    checkColours(file, element);
  }
  prefixIds(elements, idPrefix);
  dropComments(svg);

  // The alt text is the accessible name; a title the file carries is replaced by it.
  const titleId = `${idPrefix}-title`;
  const title: ElementContent = { type: 'element', tagName: 'title', properties: { id: titleId }, children: [{ type: 'text', value: alt }] };
  svg.children = [title, ...svg.children.filter((child) => !(child.type === 'element' && child.tagName === 'title'))];
  const { xmlns: _xmlns, xmlnsXLink: _xlink, width: _width, height: _height, ...kept } = svg.properties;
  svg.properties = { ...kept, width, height, role: 'img', ariaLabelledBy: [titleId], focusable: 'false', className: ['book-figure-svg', ...((kept['className'] as string[] | undefined) ?? [])] };
  return { html: toHtml(svg), width };
}
