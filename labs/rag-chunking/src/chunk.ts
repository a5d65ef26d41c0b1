/** One chunk: the unit that is embedded, retrieved, put in a prompt and cited. */
export interface Chunk {
  /** Unique and stable: the source file and the chunk's position in it, e.g. "embeddings.md#7". */
  id: string;
  /** The document it came from, for citations and for filtering ("only the cost chapter"). */
  source: string;
  /** The headings above it, outermost first: ["Embeddings", "Measuring closeness"]. Empty for fixed-size chunks. */
  headingPath: string[];
  /** What is embedded and searched: the contextual header (when there is one), a blank line, then the body. */
  text: string;
  /** The document's own words, without the header: what a prompt quotes. */
  body: string;
  /** Set when a code block alone is longer than the cap: it is kept whole rather than cut. */
  oversized?: boolean;
}

/** The contextual header of a chunk: its heading path on one line, "Embeddings > Measuring closeness". */
export const headerOf = (headingPath: string[]): string => headingPath.join(' > ');
