// The text of a call's messages and of its answer, for spans that capture content. The
// conventions record them as structured JSON (gen_ai.input.messages, gen_ai.output.messages);
// the lab keeps one line per message, which is easier to read and to redact.
import type { LanguageModelV4CallOptions, LanguageModelV4Content } from '@ai-sdk/provider';

export function promptText(prompt: LanguageModelV4CallOptions['prompt']): string {
  return prompt
    .map((message) => {
      if (message.role === 'system') return `system: ${message.content}`;
      const parts = message.content.map((part) => {
        if (part.type === 'text') return part.text;
        if (part.type === 'tool-call') return `[call ${part.toolName} ${JSON.stringify(part.input)}]`;
        if (part.type === 'tool-result') return `[result ${part.toolName} ${JSON.stringify(part.output)}]`;
        return `[${part.type}]`;
      });
      return `${message.role}: ${parts.join(' ')}`;
    })
    .join('\n');
}

export function answerText(content: LanguageModelV4Content[]): string {
  return content
    .map((part) => (part.type === 'text' ? part.text : part.type === 'tool-call' ? `[call ${part.toolName} ${part.input}]` : `[${part.type}]`))
    .join(' ');
}
