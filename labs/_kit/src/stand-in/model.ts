import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { loadTokenizer, type Tokenizer } from '../tokens-on-demand.ts';
import { withUsageReporting } from '../usage-reporting.ts';
import { readContext } from './context.ts';
import { applyLimits } from './limits.ts';
import { respond, type StandInAnswer } from './respond.ts';
import { defaultRules, type StandInRule } from './rules.ts';

export interface StandInOptions {
  /** The model name it reports (default "stand-in"). */
  modelId?: string;
  /** Rules tried before the default ones (see rules.ts). */
  rules?: StandInRule[];
  /** Simulated delay before each streamed token, in milliseconds (default 0). */
  tokenLatencyMs?: number;
}

interface Decision {
  id: string;
  answer: StandInAnswer;
  finishReason: LanguageModelV4FinishReason;
  usage: LanguageModelV4Usage;
}

function usageOf(inputTokens: number, outputTokens: number): LanguageModelV4Usage {
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
  };
}

function decide(call: LanguageModelV4CallOptions, rules: StandInRule[], id: string, { countTokens, truncateToTokens }: Tokenizer): Decision {
  const context = readContext(call);
  const answer = respond(context, rules);
  const inputTokens = countTokens(context.promptText);
  if (answer.kind === 'tool-call') {
    const outputTokens = countTokens(`${answer.toolName} ${JSON.stringify(answer.input)}`);
    return { id, answer, finishReason: { unified: 'tool-calls', raw: answer.rule }, usage: usageOf(inputTokens, outputTokens) };
  }
  const { text, truncated } = applyLimits(answer.text, call, truncateToTokens);
  const finishReason: LanguageModelV4FinishReason = { unified: truncated ? 'length' : 'stop', raw: answer.rule };
  return { id, answer: { ...answer, text }, finishReason, usage: usageOf(inputTokens, countTokens(text)) };
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The parts a real provider streams for this answer: text token by token, or a tool call with its input. */
function* streamParts({ id, answer, finishReason, usage }: Decision, modelId: string, { tokenize }: Tokenizer): Generator<LanguageModelV4StreamPart> {
  yield { type: 'stream-start', warnings: [] };
  yield { type: 'response-metadata', id, modelId };
  if (answer.kind === 'tool-call') {
    const input = JSON.stringify(answer.input);
    yield { type: 'tool-input-start', id, toolName: answer.toolName };
    for (const delta of tokenize(input)) yield { type: 'tool-input-delta', id, delta };
    yield { type: 'tool-input-end', id };
    yield { type: 'tool-call', toolCallId: id, toolName: answer.toolName, input };
  } else {
    yield { type: 'text-start', id };
    for (const delta of tokenize(answer.text)) yield { type: 'text-delta', id, delta };
    yield { type: 'text-end', id };
  }
  yield { type: 'finish', usage, finishReason };
}

/**
 * A deterministic, offline language model behind the AI SDK's model interface
 * (LanguageModelV4, the specification of `ai` 7): generateText, streamText,
 * structured output and tool calls work on it as on a real provider. It answers
 * by readable rules (rules.ts), streams token by token, counts tokens with a
 * real BPE tokenizer, and reports usage like every model from the kit.
 */
export function createStandInModel(options: StandInOptions = {}): LanguageModelV4 {
  const rules = [...(options.rules ?? []), ...defaultRules];
  const latency = options.tokenLatencyMs ?? 0;
  const modelId = options.modelId ?? 'stand-in';
  let calls = 0;
  const nextId = () => `stand-in-${++calls}`;
  const model: LanguageModelV4 = {
    specificationVersion: 'v4',
    provider: 'stand-in',
    modelId,
    supportedUrls: {},
    async doGenerate(call) {
      const { id, answer, finishReason, usage } = decide(call, rules, nextId(), await loadTokenizer());
      const content: LanguageModelV4Content[] =
        answer.kind === 'text'
          ? [{ type: 'text', text: answer.text }]
          : [{ type: 'tool-call', toolCallId: id, toolName: answer.toolName, input: JSON.stringify(answer.input) }];
      return { content, finishReason, usage, warnings: [], response: { id, modelId } };
    },
    async doStream(call) {
      const tokenizer = await loadTokenizer();
      const parts = streamParts(decide(call, rules, nextId(), tokenizer), modelId, tokenizer);
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          const next = parts.next();
          if (next.done) return controller.close();
          const part = next.value;
          if (latency > 0 && (part.type === 'text-delta' || part.type === 'tool-input-delta')) await wait(latency, call.abortSignal);
          controller.enqueue(part);
        },
      });
      return { stream };
    },
  };
  return withUsageReporting(model);
}
