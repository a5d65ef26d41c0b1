export interface Message {
  role: 'user' | 'assistant';
  content: string;
}

export interface ContextBudget {
  /** The model's limit, in tokens, for the input and the answer together. */
  contextWindow: number;
  /** Tokens kept free for the answer: the output cap you send with the request. */
  reservedForAnswer: number;
  /** The system prompt, sent with every request and never dropped. */
  system: string;
}

export interface FittedHistory {
  /** The newest messages that fit, oldest first, ready to send. */
  kept: Message[];
  /** The older messages left out, oldest first: log them, or summarise them into the system prompt. */
  dropped: Message[];
  /** Tokens of the request: the system prompt and the kept messages. */
  inputTokens: number;
  /** Tokens of the window that neither the input nor the answer's reserve uses. */
  spare: number;
}

/** Throws an error that names the budget field when it is not a whole number of tokens. */
export function requireTokens(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`fitHistory: budget.${name} must be a whole number of tokens, got ${value}`);
}

