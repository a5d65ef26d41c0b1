import { countTokens } from '@ai-roadmap/kit/tokens';

export interface PromptTokens {
  /** Every input token of the request. */
  inputTokens: number;
  /** The tokens of the system prompt: the prefix that is the same on every call. */
  stablePrefixTokens: number;
}

/**
 * The input tokens of a request made of a system prompt and a user message, counted
 * the way the stand-in model bills them: the two texts joined by a newline. (Real
 * chat APIs add a few tokens per message for roles and separators.)
 */
export function countPrompt(system: string, user: string): PromptTokens {
  return { inputTokens: countTokens(`${system}\n${user}`), stablePrefixTokens: countTokens(system) };
}
