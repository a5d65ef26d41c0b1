// A prompt is code: it lives in Git, changes through review, and every output is
// recorded with the id and version of the prompt that produced it.
export interface PromptTemplate {
  /** What the prompt is for; stays the same across versions. */
  id: string;
  /** Bumped on every change, and logged with every extraction. */
  version: string;
  /** The instructions and examples: the same on every call, so a provider can cache them. */
  system: string;
  /** The message that carries one document. */
  user: (document: string) => string;
}

/** The document, fenced by tags so the model can tell it from the instructions. */
export const wrapDocument = (document: string): string => `<invoice>\n${document}\n</invoice>`;
