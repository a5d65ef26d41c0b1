// Token counting with a real BPE tokenizer: cl100k_base, the encoding of GPT-4
// and GPT-3.5 Turbo (and of OpenAI's text-embedding-3 models).
//
// Why not o200k_base, the encoding of GPT-4o, GPT-4.1 and GPT-5? Size. Bundled
// for the browser, cl100k_base is about 450 KB gzipped and o200k_base about
// 1.1 MB, and the in-page runner loads the tokenizer for every lab that calls a
// model. The two count English prose within a few percent of each other; other
// families (Anthropic's, Llama's, Gemini's) differ more. Treat every count here
// as a good estimate of what a provider bills, not as the invoice.
//
// Only this one encoding is imported, through its own subpath, so that a bundle
// of the kit carries just its rank table.
import { decodeGenerator, encode } from 'gpt-tokenizer/encoding/cl100k_base';

export const tokenizerName = 'cl100k_base';

/** How many tokens the text is, e.g. countTokens('Hello world') → 2. */
export function countTokens(text: string): number {
  return encode(text).length;
}

/**
 * The text split into its tokens, e.g. "Hello world" → ["Hello", " world"].
 * The pieces always join back into the text. A character that the tokenizer
 * splits across two tokens (some emoji, some CJK characters) stays whole, in
 * one piece, so a few pieces can stand for more than one token.
 */
export function tokenize(text: string): string[] {
  return [...decodeGenerator(encode(text))];
}

/**
 * The text cut to at most `maxTokens` tokens, on a token boundary (and never
 * inside a character). Used for maxOutputTokens.
 */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (countTokens(text) <= maxTokens) return text;
  let kept = '';
  for (const piece of tokenize(text)) {
    if (countTokens(kept + piece) > maxTokens) break;
    kept += piece;
  }
  return kept;
}
