import type { FileMap } from '../runner.ts';
import { WebContainerUnavailable, type LabFiles, type WebContainerRunner } from '../runners/webcontainer/webcontainer-runner.ts';
import { fallbackMessages } from '../runners/webcontainer/availability.ts';
import { h } from './dom.ts';

// xterm and its stylesheet load only when the learner opens the terminal.

/** The part of an xterm Terminal the shell is wired to, so the wiring can be tested without a DOM. */
export interface TerminalSurface {
  readonly cols: number;
  readonly rows: number;
  write(data: string): void;
  onData(listener: (data: string) => void): unknown;
  onResize(listener: (size: { cols: number; rows: number }) => void): unknown;
}

export type ShellSource = Pick<WebContainerRunner, 'openShell'>;

/**
 * Opens the shell (the runner mounts the learner's files and installs first,
 * writing npm's output here) and wires it to the terminal both ways: output,
 * keystrokes, and the terminal's size as it changes.
 */
export async function connectShell(terminal: TerminalSurface, runner: ShellSource, lab: LabFiles): Promise<void> {
  const shell = await runner.openShell(lab, { cols: terminal.cols, rows: terminal.rows }, (text) => terminal.write(text));
  void shell.output.pipeTo(new WritableStream({ write: (data) => terminal.write(data) }));
  const input = shell.input.getWriter();
  terminal.onData((data) => void input.write(data));
  terminal.onResize((size) => shell.resize(size));
}

/** Why the terminal did not open, in the learner's words. */
export function describeShellFailure(error: unknown): string {
  if (error instanceof WebContainerUnavailable) return `The terminal could not open: ${fallbackMessages[error.reason]}${error.detail ? ` (${error.detail})` : ''}.`;
  return `The terminal could not open: ${error instanceof Error ? error.message : String(error)}`;
}

export interface TerminalLab {
  slug: string;
  /** The learner's current files, read when the terminal opens. */
  files(): FileMap;
}

/** An xterm terminal that fills its panel (which the learner can resize), wired to a shell in the WebContainer. */
export async function openTerminal(host: HTMLElement, runner: ShellSource, lab: TerminalLab): Promise<void> {
  const surface = h('div', {
    class: 'wb-terminal',
    role: 'group',
    'aria-label': 'Terminal (WebContainer shell)',
  });
  host.replaceChildren(surface);
  let observer: ResizeObserver | undefined;
  let dispose = () => {};
  try {
    const [{ Terminal }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit'), import('@xterm/xterm/css/xterm.css')]);
    const terminal = new Terminal({ convertEol: true, cursorBlink: true, fontSize: 13 });
    dispose = () => terminal.dispose();
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(surface);
    fit.fit();
    observer = new ResizeObserver(() => fit.fit());
    observer.observe(surface);
    terminal.writeln('Copying your files into Node, then npm install if needed…');
    terminal.writeln('This shell sees your files as they are now; Run or Test copies in later edits.\r\n');
    await connectShell(terminal, runner, { slug: lab.slug, files: lab.files() });
    terminal.focus();
  } catch (error) {
    observer?.disconnect();
    dispose();
    const retry = h('button', { type: 'button', class: 'wb-button' }, 'Try the terminal again');
    retry.addEventListener('click', () => void openTerminal(host, runner, lab));
    host.replaceChildren(
      h('p', { class: 'wb-terminal-error', role: 'alert' }, describeShellFailure(error)),
      retry,
    );
  }
}
