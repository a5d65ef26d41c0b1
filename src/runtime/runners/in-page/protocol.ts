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
  maxOutputChars: number;
}

export type WorkerMessage =
  | { type: 'ready'; secret: string }
  | { type: 'out'; stream: 'stdout' | 'stderr'; text: string }
  /** The running count of output dropped by the cap, posted every few milliseconds while it grows. */
  | { type: 'dropped'; lines: number; chars: number }
  | { type: 'test'; result: TestResult }
  | { type: 'usage'; event: UsageEvent }
  /** outOfMemory: the run crashed on an allocation that failed (see worker/out-of-memory.ts). */
  | { type: 'end'; exitCode: number; crashed: boolean; outOfMemory: boolean; droppedLines: number; droppedChars: number };
