import type { FileSystemTree, WebContainer } from '@webcontainer/api';

export interface SpawnRecord {
  command: string;
  env: Record<string, string | number | boolean> | undefined;
}

/** Answers for the commands a test expects: output text and exit code, or "hang" until killed. */
export type Script = Record<string, { output: string; exit?: number } | 'hang'>;

/** A stand-in for @webcontainer/api's WebContainer: records mounts and spawns, plays scripted output. */
export class FakeWebContainer {
  readonly mounts: FileSystemTree[] = [];
  readonly spawns: SpawnRecord[] = [];
  readonly killed: string[] = [];
  tornDown = false;
  private readonly script: Script;

  constructor(script: Script) {
    this.script = script;
  }

  async mount(tree: FileSystemTree): Promise<void> {
    this.mounts.push(tree);
  }

  async spawn(command: string, args: string[] = [], options?: { env?: Record<string, string | number | boolean> }) {
    const line = [command, ...args].join(' ');
    this.spawns.push({ command: line, env: options?.env });
    const answer = Object.entries(this.script).find(([prefix]) => line.startsWith(prefix))?.[1] ?? { output: '' };
    let close: () => void = () => {};
    let resolveExit: (code: number) => void = () => {};
    const exit = new Promise<number>((resolve) => (resolveExit = resolve));
    const output = new ReadableStream<string>({
      start(controller) {
        close = () => controller.close();
        if (answer === 'hang') return;
        for (let offset = 0; offset < answer.output.length; offset += 50) controller.enqueue(answer.output.slice(offset, offset + 50));
        controller.close();
        resolveExit(answer.exit ?? 0);
      },
    });
    return {
      output,
      exit,
      input: new WritableStream<string>(),
      kill: () => {
        this.killed.push(line);
        close();
        resolveExit(137);
      },
      resize: () => {},
    };
  }

  teardown(): void {
    this.tornDown = true;
  }

  asWebContainer(): WebContainer {
    return this as unknown as WebContainer;
  }
}
