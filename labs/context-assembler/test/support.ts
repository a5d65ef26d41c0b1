import { createStandInModel } from '@ai-roadmap/kit';
import { tools, type ToolDefinition } from '../src/data/tools.ts';
import { standInRules } from '../src/stand-in.ts';

/** The lab's stand-in, recording the prompt of every call. */
export function recordingModel() {
  const standIn = createStandInModel({ rules: standInRules });
  const prompts: Array<Parameters<typeof standIn.doGenerate>[0]['prompt']> = [];
  const model = {
    ...standIn,
    doGenerate: (options: Parameters<typeof standIn.doGenerate>[0]) => {
      prompts.push(options.prompt);
      return standIn.doGenerate(options);
    },
  };
  return { model, prompts };
}

/** The object with its keys in reverse order, at every level: the same value, other bytes from JSON.stringify. */
export function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)])) as T;
  return value;
}

/** A tool registry with no promise about order: a different order, and key order, on every turn. */
export function shuffledTools(turn: number): ToolDefinition[] {
  const rotated = [...tools.slice(turn % tools.length), ...tools.slice(0, turn % tools.length)];
  return turn % 2 === 0 ? rotated : rotated.reverse().map(reversedKeys);
}
