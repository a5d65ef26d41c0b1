import { countTokens } from '@ai-roadmap/kit/tokens';

export interface PromptTokens {
  /** Every input token of the request. */
  inputTokens: number;
  /** The tokens of the system prompt: the prefix that is the same on every call. */
  stablePrefixTokens: number;
}

/**
 * The input tokens of a request made of a system prompt and a user message, counted
 * the way the stand-in model bills them: the two texts joined by a newline.
 */
export function countPrompt(system: string, user: string): PromptTokens {
  // TODO: count with countTokens (a real BPE tokenizer, cl100k_base):
  //  - inputTokens: the system prompt and the user message joined by "\n";
  //  - stablePrefixTokens: the system prompt on its own.
  return { inputTokens: 0, stablePrefixTokens: 0 };
}
