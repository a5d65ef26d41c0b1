// The one interface between the workbench UI and the runners (quick, WebContainer).
// A runner knows nothing of the UI; the UI knows runners only through this file.
export type FileMap = Record<string, string>;

export type RunCommand = 'start' | 'test';

/** What a lab is written in. TypeScript runs in either runner; Python only in the quick runner, in Pyodide. */
export type LabLanguage = 'typescript' | 'python';

/** A place in one of the lab's files: 1-based line and column in the learner's TypeScript. */
export interface SourceLocation {
  /** Lab-relative path, e.g. "src/count.ts". */
  file: string;
  line: number;
  column: number;
  /** The function running there, when it has a name. */
  fn?: string;
}

export interface TestResult {
  /** Full name, suites joined with " › ". */
  name: string;
  passed: boolean;
  /** The assertion message (or error) when it failed, as node --test words it. */
  message?: string;
  /** Where it failed, innermost first: the error's frames in the lab's files, else where the test was declared. */
  stack?: SourceLocation[];
  durationMs?: number;
}

/** A chart a lab drew with the kit's plot() (labs/_kit/src/plot.ts), as the page receives it. */
export interface Chart {
  kind: 'line' | 'bar' | 'scatter';
  title: string;
  x?: { label?: string };
  y?: { label?: string; min?: number; max?: number };
  /** In a bar chart x is the bar's category; in a line or scatter chart, a number. */
  series: Array<{ label: string; points: Array<[number | string, number]> }>;
}

export interface UsageEvent {
  provider: string;
  modelId: string;
  inputTokens: number;
  outputTokens: number;
}

export interface RunIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Each test as soon as it finishes (command "test"). */
  test?(result: TestResult): void;
  /** Token usage reported by the kit, per model call. */
  usage?(event: UsageEvent): void;
  /** A chart the lab drew, in its place among the output. */
  chart?(chart: Chart): void;
}

export interface RunRequest {
  slug: string;
  command: RunCommand;
  /** The learner's current files, by lab-relative path (lab.json, package.json, src/…, test/…). */
  files: FileMap;
  /** The file `start` runs, e.g. "src/main.ts". */
  entry: string;
  /** TypeScript when missing. */
  language?: LabLanguage;
  /** Environment for the lab: LAB_PROVIDER, LAB_MODEL, LAB_BASE_URL, LAB_API_KEY. */
  env: Record<string, string>;
  timeoutMs: number;
  /**
   * The origins the lab's code may connect to: the chosen provider's. None
   * when empty or missing, as with the stand-in model. The quick runner
   * enforces it with a Content-Security-Policy on its sandbox.
   */
  allowedOrigins?: string[];
  /**
   * Whether a run that carries LAB_API_KEY may go to a runner that cannot limit
   * where lab code connects (the WebContainer: code there can reach any address).
   * Unless the learner allowed it, such a run goes to the quick runner.
   */
  keyBeyondSandbox?: boolean;
}

/**
 * How a run ended: it exited; Stop; its time limit; it crashed; the page ended it
 * for breaking a limit of the page (see `reason`); or it ran out of memory.
 */
/** A run with the learner's key stays in the quick runner's sandbox unless the learner allowed otherwise. */
export const keepsKeyInSandbox = (request: Pick<RunRequest, 'env' | 'keyBeyondSandbox'>): boolean => Boolean(request.env.LAB_API_KEY) && request.keyBeyondSandbox !== true;

export type RunEnd = 'exit' | 'stopped' | 'timeout' | 'crash' | 'limit' | 'memory';

export interface RunResult {
  exitCode: number;
  end: RunEnd;
  tests?: TestResult[];
  usage: UsageEvent[];
  /** Output lines dropped by the output cap, if any. */
  droppedLines: number;
  /** Characters dropped by the output cap (a single huge line is cut too). */
  droppedChars?: number;
  /**
   * False when the counts are a lower bound: the run was killed (Stop,
   * timeout) and output written just before the kill could not be counted.
   */
  droppedExact?: boolean;
  durationMs: number;
  /** For end "limit": what the lab did, e.g. "it sent too many messages: more than 10,000 usage reports". */
  reason?: string;
}

/** A lab as it stands, for a runner to get its first run ready before the learner presses Run. */
export type LabToPrepare = Pick<RunRequest, 'slug' | 'files' | 'language'>;

export interface Runner {
  readonly kind: 'quick' | 'webcontainer';
  /** Runs a command; aborting the signal stops it (end: "stopped"). */
  run(request: RunRequest, io: RunIO, signal?: AbortSignal): Promise<RunResult>;
  /**
   * Gets ready for the first run ahead of time, if the runner can; resolves when it is ready.
   * Given the lab, it also gets what a run of its files will load (see LabToPrepare).
   */
  prewarm?(lab?: LabToPrepare): Promise<void> | void;
  dispose(): void;
}
