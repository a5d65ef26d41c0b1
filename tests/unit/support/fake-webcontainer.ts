import type { BootOptions, FileSystemTree, SpawnOptions, WebContainer } from '@webcontainer/api';
import { WebContainerRunner, type WebContainerRunnerOptions } from '../../../src/runtime/runners/webcontainer/webcontainer-runner.ts';
import type { Clock, InstallProgress } from '../../../src/runtime/runners/webcontainer/install-progress.ts';
import type { RunRequest } from '../../../src/runtime/runner.ts';

export interface SpawnRecord {
  command: string;
  env: SpawnOptions['env'];
  cwd: string | undefined;
  terminal: SpawnOptions['terminal'];
}

/** A process whose output and exit the test drives by hand, to see what happens while it runs. */
export class ManualProcess {
  private controller: ReadableStreamDefaultController<string> | undefined;
  private resolveExit: (code: number) => void = () => {};
  private markStarted: () => void = () => {};
  /** Resolves once the runner has spawned this process. */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  attach(): { output: ReadableStream<string>; exit: Promise<number> } {
    const exit = new Promise<number>((resolve) => (this.resolveExit = resolve));
    const output = new ReadableStream<string>({ start: (controller) => void (this.controller = controller) });
    this.markStarted();
    return { output, exit };
  }

  write(text: string): void {
    this.controller?.enqueue(text);
  }

  exit(code: number): void {
    this.controller?.close();
    this.resolveExit(code);
  }
}

/** Answers for the commands a test expects: output text and exit code, "hang" until killed, or a hand-driven process. */
export type Script = Record<string, { output: string; exit?: number } | 'hang' | ManualProcess>;

/** A stand-in for @webcontainer/api's WebContainer: records boots, mounts, spawns and terminal traffic, plays scripted output. */
export class FakeWebContainer {
  readonly bootOptions: BootOptions[] = [];
  readonly mounts: FileSystemTree[] = [];
  readonly spawns: SpawnRecord[] = [];
  /** Mounts and spawns in the order they happened: "mount", "spawn npm install …". */
  readonly log: string[] = [];
  readonly killed: string[] = [];
  readonly resizes: Array<{ command: string; cols: number; rows: number }> = [];
  readonly input: string[] = [];
  tornDown = false;
  private readonly script: Script;

  constructor(script: Script) {
    this.script = script;
  }

  /** A boot function for WebContainerRunner that records its options and answers with this fake. */
  readonly boot = async (options: BootOptions): Promise<WebContainer> => {
    this.bootOptions.push(options);
    return this.asWebContainer();
  };

  async mount(tree: FileSystemTree): Promise<void> {
    this.mounts.push(tree);
    this.log.push('mount');
  }

  async spawn(command: string, argsOrOptions: string[] | SpawnOptions = [], maybeOptions?: SpawnOptions) {
    const args = Array.isArray(argsOrOptions) ? argsOrOptions : [];
    const options = Array.isArray(argsOrOptions) ? maybeOptions : argsOrOptions;
    const line = [command, ...args].join(' ');
    this.spawns.push({ command: line, env: options?.env, cwd: options?.cwd, terminal: options?.terminal });
    this.log.push(`spawn ${line}`);
    const answer = Object.entries(this.script).find(([prefix]) => line.startsWith(prefix))?.[1] ?? { output: '' };
    const control = { close: () => {}, exit: (_code: number) => {} };
    let streams: { output: ReadableStream<string>; exit: Promise<number> };
    if (answer instanceof ManualProcess) {
      streams = answer.attach();
      control.close = () => answer.exit(137);
    } else {
      let resolveExit: (code: number) => void = () => {};
      const exit = new Promise<number>((resolve) => (resolveExit = resolve));
      control.exit = resolveExit;
      const output = new ReadableStream<string>({
        start(controller) {
          control.close = () => controller.close();
          if (answer === 'hang') return;
          for (let offset = 0; offset < answer.output.length; offset += 50) controller.enqueue(answer.output.slice(offset, offset + 50));
          controller.close();
          resolveExit(answer.exit ?? 0);
        },
      });
      streams = { output, exit };
    }
    return {
      ...streams,
      input: new WritableStream<string>({ write: (data) => void this.input.push(data) }),
      kill: () => {
        this.killed.push(line);
        control.close();
        control.exit(137);
      },
      resize: (size: { cols: number; rows: number }) => void this.resizes.push({ command: line, ...size }),
    };
  }

  teardown(): void {
    this.tornDown = true;
  }

  asWebContainer(): WebContainer {
    return this as unknown as WebContainer;
  }
}

export const fakeKit = { 'package.json': '{"name":"@ai-roadmap/kit"}', 'src/index.ts': 'export {};' };

/** A small lab to run: package.json with start and test scripts, and src/main.ts. */
export const labRequest = (command: RunRequest['command'], mainTs = 'console.log("hi")'): RunRequest => ({
  slug: 'demo',
  command,
  files: { 'package.json': '{"name":"demo","scripts":{"start":"node src/main.ts","test":"node --test"}}', 'src/main.ts': mainTs },
  entry: 'src/main.ts',
  env: { LAB_PROVIDER: 'stand-in' },
  timeoutMs: 10_000,
});

/** A clock the test moves by hand; advance() fires every running timer once. */
export class FakeClock implements Clock {
  time = 0;
  readonly intervals: number[] = [];
  private readonly ticks = new Set<() => void>();

  now(): number {
    return this.time;
  }

  every(intervalMs: number, tick: () => void): () => void {
    this.intervals.push(intervalMs);
    const entry = () => tick();
    this.ticks.add(entry);
    return () => this.ticks.delete(entry);
  }

  advance(ms: number): void {
    this.time += ms;
    for (const tick of [...this.ticks]) tick();
  }

  get ticking(): number {
    return this.ticks.size;
  }
}

/** A WebContainerRunner on a fake container that plays `script`, recording progress and boots. */
export function runnerOnFake(script: Script, options: Partial<WebContainerRunnerOptions> = {}) {
  const fake = new FakeWebContainer(script);
  const progress: InstallProgress[] = [];
  let boots = 0;
  const runner = new WebContainerRunner({
    boot: (bootOptions) => (boots++, fake.boot(bootOptions)),
    coep: 'require-corp',
    loadKit: async () => fakeKit,
    onProgress: (event) => progress.push(event),
    // No real timers: a test that fails mid-run must not keep the process alive.
    clock: new FakeClock(),
    ...options,
  });
  return { fake, runner, progress, boots: () => boots };
}

/** Lets pending stream reads and promise callbacks run until `done` holds (or fails after many turns). */
export async function settle(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 1000; turn++) {
    if (done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}
