// Which SVG a <Figure> shows, and whether its props are complete: every failure
// stops the build with the page's file name and what to write.

export interface FigureRequest {
  /** The page's source file, for the message. */
  page: string;
  src: unknown;
  alt: unknown;
  hasCaption: boolean;
}

/**
 * The SVG text for a figure, from the files under src/figures/ (keyed "../figures/<path>", as import.meta.glob gives them).
 * Throws when the file is unknown, the alt text is missing or too short to describe anything, or there is no caption.
 */
export function figureSource(files: Record<string, string>, { page, src, alt, hasCaption }: FigureRequest): { svg: string; src: string; alt: string } {
  if (typeof src !== 'string' || src === '') throw new Error(`${page}: a <Figure> needs src="<path under src/figures/>", e.g. src="stage-1-foundation/causal-attention.svg"`);
  const svg = files[`../figures/${src}`];
  if (svg === undefined) {
    const known = Object.keys(files).map((path) => path.replace('../figures/', '')).join(', ') || '(none)';
    throw new Error(`${page}: <Figure src="${src}"> names no file in src/figures/; the figures are: ${known}`);
  }
  if (typeof alt !== 'string' || alt.trim().length < 10) {
    throw new Error(`${page}: <Figure src="${src}"> needs alt text: alt="…" saying what the figure shows, in a sentence or more, for readers who cannot see it`);
  }
  if (!hasCaption) throw new Error(`${page}: <Figure src="${src}"> needs a caption between <Figure …> and </Figure>: what the reader should notice`);
  return { svg, src, alt: alt.trim() };
}

/** An id prefix unique to the figure on its page: "figure-" and its path in lower-case words. */
export const figureIdPrefix = (src: string): string => `figure-${src.replace(/\.svg$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
