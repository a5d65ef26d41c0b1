// Messages between the page and the in-page runner's worker.
import type { Chart, TestResult, UsageEvent } from '../../runner.ts';

/** The npm packages of a run, from the module graph (src/runtime/modules/manifest.ts). */
export interface RunModules {
  /** The bare specifiers the lab may import, and the built file each one is. */
  entries: Record<string, string>;
  /** The code of the built files the run needs before it starts, by id. */
  files: Record<string, string>;
  /** Every built file: what it requires, and which packages it holds (for errors). */
  graph: Record<string, { imports: string[]; packages: string[] }>;
}

export interface RunMessage {
  type: 'run';
  command: 'start' | 'test';
  files: Record<string, string>;
  entry: string;
  env: Record<string, string>;
  modules: RunModules;
  /** Lab files the page kept compiled from earlier runs, by path: only those whose text is unchanged. */
  compiledFiles: Record<string, string>;
  maxOutputLines: number;
  maxOutputChars: number;
}

/** What the page sends the worker: the run, and the built files and data files it asked for later. */
export type PageMessage =
  | RunMessage
  | { type: 'files'; request: number; files: Record<string, string>; error?: string }
  /** A data file's bytes; none when the page has no such file. */
  | { type: 'asset'; request: number; bytes?: ArrayBuffer; error?: string };

export type WorkerMessage =
  | { type: 'out'; stream: 'stdout' | 'stderr'; text: string }
  /** The running count of output dropped by the cap, posted every few milliseconds while it grows. */
  | { type: 'dropped'; lines: number; chars: number }
  | { type: 'test'; result: TestResult }
  /** A lab file as the worker compiled it before any lab code ran, for the page to send with later runs. */
  | { type: 'compiled-file'; path: string; code: string }
  | { type: 'usage'; event: UsageEvent }
  /** A chart drawn with the kit's plot(), in its place among the output (see chart-message.ts). */
  | { type: 'plot'; chart: Chart }
  /**
   * The runtime has started and the lab's own code starts now: the run's time limit starts again from here,
   * so that a slow start (Pyodide's, on a busy machine) does not use up the lab's time. Sent once, if at all.
   */
  | { type: 'started' }
  /** Asks for built files the run needs now (an import() of a file the page did not send). */
  | { type: 'load'; request: number; ids: string[] }
  /** Asks for a package's data file, by the path the package reads it from (/node_modules/…). */
  | { type: 'load-asset'; request: number; path: string }
  /** outOfMemory: the run crashed on an allocation that failed (see worker/out-of-memory.ts). */
  | { type: 'end'; exitCode: number; crashed: boolean; outOfMemory: boolean; droppedLines: number; droppedChars: number };
