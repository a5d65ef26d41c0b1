import type { JSONSchema7, LanguageModelV4CallOptions, LanguageModelV4ToolChoice } from '@ai-sdk/provider';

/** What the stand-in reads from a call to decide its answer. Rules receive it. */
export interface StandInContext {
  /** The text of the last user message: what the rules match against. */
  input: string;
  /** The system prompt, if any. */
  system: string;
  /** Everything the model is sent, as text: messages, tool definitions, the JSON schema. Its tokens are the input tokens. */
  promptText: string;
  /** The tool results that the model has not answered yet (the conversation ends with them), in order. */
  toolResults: Array<{ toolName: string; output: unknown }>;
  /** The tools offered to the model, by name, with their input schemas. */
  tools: Record<string, JSONSchema7>;
  /** How the call lets the model use tools: auto (default), none, required, or one named tool. */
  toolChoice: LanguageModelV4ToolChoice;
  /** Set when the call asks for JSON (Output.object, generateObject). */
  objectSchema: JSONSchema7 | undefined;
}

/** A tool result's value: the JSON or text the tool returned, or the error it reported. */
function outputValue(output: { type: string; value?: unknown; reason?: string }): unknown {
  if (output.type === 'execution-denied') return { denied: output.reason ?? true };
  return 'value' in output ? output.value : output;
}

export function readContext(call: LanguageModelV4CallOptions): StandInContext {
  let input = '';
  let system = '';
  const texts: string[] = [];
  let toolResults: StandInContext['toolResults'] = [];
  for (const message of call.prompt) {
    if (message.role === 'system') {
      system += (system ? '\n' : '') + message.content;
      texts.push(message.content);
      continue;
    }
    if (message.role === 'user') {
      input = message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
      toolResults = []; // A new question: earlier tool results are answered.
    }
    for (const part of message.content) {
      if (part.type === 'text') texts.push(part.text);
      else if (part.type === 'tool-call') texts.push(`${part.toolName} ${JSON.stringify(part.input)}`);
      else if (part.type === 'tool-result') {
        const output = outputValue(part.output as { type: string; value?: unknown });
        texts.push(JSON.stringify(output) ?? '');
        if (message.role === 'tool') toolResults.push({ toolName: part.toolName, output });
      }
    }
    // The model's own reply answers the tool results before it.
    if (message.role === 'assistant' && message.content.some((part) => part.type === 'text')) toolResults = [];
  }
  const tools: StandInContext['tools'] = {};
  for (const tool of call.tools ?? []) {
    if (tool.type !== 'function') continue;
    tools[tool.name] = tool.inputSchema;
    texts.push(`${tool.name}: ${tool.description ?? ''} ${JSON.stringify(tool.inputSchema)}`);
  }
  const objectSchema = call.responseFormat?.type === 'json' ? (call.responseFormat.schema ?? { type: 'object' }) : undefined;
  if (call.responseFormat?.type === 'json' && call.responseFormat.schema) texts.push(JSON.stringify(call.responseFormat.schema));
  const last = call.prompt.at(-1);
  return {
    input,
    system,
    promptText: texts.join('\n'),
    toolResults: last?.role === 'tool' ? toolResults : [],
    tools,
    toolChoice: call.toolChoice ?? { type: 'auto' },
    objectSchema,
  };
}
