// The questions users send the service, and the prompt it wraps them in, with their input
// tokens. The counts were made once with countTokens from '@ai-roadmap/kit/tokens'
// (cl100k_base) and written here, because loading the tokenizer takes longer than the whole
// chaos run; if you change a question, count it again. The providers decide the output.

export const systemPrompt = 'You answer questions about Ferrylane bike hire from its handbook. Answer in two or three sentences; say so when the handbook does not cover the question.';
export const systemPromptTokens = 31;

export const questions: { text: string; tokens: number }[] = [
  { text: 'How much does a day pass cost?', tokens: 8 },
  { text: 'Can I take an e-bike out of the city zone?', tokens: 13 },
  { text: 'What happens if my bike is stolen while locked?', tokens: 10 },
  { text: 'Do I pay an unlock fee on the monthly plan?', tokens: 11 },
  { text: 'How do I report a broken brake?', tokens: 8 },
  { text: 'Is there an adapted bike I can book for accessibility needs?', tokens: 12 },
  { text: 'Where can I end a ride at night?', tokens: 9 },
  { text: 'How long is a refund for a double charge?', tokens: 10 },
];

/** The input tokens of the prompt for a question: the system prompt's and the question's. */
export function promptTokens(question: string): number {
  const known = questions.find((each) => each.text === question);
  // A question from outside the list (a request to the server): about four characters a token.
  return systemPromptTokens + (known ? known.tokens : Math.ceil(question.length / 4));
}
