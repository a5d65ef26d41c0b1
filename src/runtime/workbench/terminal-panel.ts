import type { WebContainerRunner } from '../runners/webcontainer/webcontainer-runner.ts';
import { h } from './dom.ts';
import '@xterm/xterm/css/xterm.css';

/** An xterm terminal wired to a shell in the WebContainer; loaded only when opened. */
export async function openTerminal(host: HTMLElement, runner: WebContainerRunner): Promise<void> {
  const { Terminal } = await import('@xterm/xterm');
  const surface = h('div', { class: 'wb-terminal', role: 'group', 'aria-label': 'Terminal (WebContainer shell)' });
  host.replaceChildren(surface);
  const terminal = new Terminal({ convertEol: true, cursorBlink: true, fontSize: 13, rows: 16 });
  terminal.open(surface);
  const shell = await runner.openShell({ cols: terminal.cols, rows: terminal.rows });
  void shell.output.pipeTo(new WritableStream({ write: (data) => terminal.write(data) }));
  const input = shell.input.getWriter();
  terminal.onData((data) => void input.write(data));
  terminal.focus();
}
