// Messages between the page and the in-page runner's worker.
import type { TestResult, UsageEvent } from '../../runner.ts';

export interface RunMessage {
  type: 'run';
  command: 'start' | 'test';
  files: Record<string, string>;
  entry: string;
  env: Record<string, string>;
  dependencies: Record<string, string>;
  maxOutputLines: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'out'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'test'; result: TestResult }
  | { type: 'usage'; event: UsageEvent }
  | { type: 'end'; exitCode: number; crashed: boolean; droppedLines: number; tests: TestResult[] };
