import { AnsiUp } from 'ansi_up';
import { h } from './dom.ts';
import { stripHyperlinks } from './ansi-links.ts';

type Stream = 'stdout' | 'stderr' | 'info';

/** A converter that makes no link of an OSC 8 sequence even when one arrives split across writes. */
function withoutLinks(): AnsiUp {
  const converter = new AnsiUp();
  converter.url_allowlist = {};
  return converter;
}

/**
 * The streamed output of a run: ANSI colours rendered, stderr marked, DOM
 * updates batched per animation frame so a flood of output never blocks input.
 */
export class OutputPanel {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly converters: Record<Stream, AnsiUp> = { stdout: withoutLinks(), stderr: withoutLinks(), info: withoutLinks() };
  private pending: Array<{ stream: Stream; text: string }> = [];
  private frame = 0;

  constructor(label: string) {
    this.log = h('pre', { class: 'wb-log', role: 'log', 'aria-label': label, tabindex: '0' });
    this.element = h('div', { class: 'wb-output' }, this.log);
    this.clear();
  }

  clear(): void {
    this.pending = [];
    this.log.replaceChildren();
    for (const converter of Object.values(this.converters)) converter.ansi_to_html('\u001b[0m');
  }

  /** Queues output; it is rendered on the next animation frame, consecutive writes to one stream as one span. */
  write(stream: Stream, text: string): void {
    const last = this.pending.at(-1);
    if (last?.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  /** A line from the workbench itself (not the lab), e.g. how the run ended. */
  note(text: string): void {
    this.write('info', `${text}\n`);
  }

  get text(): string {
    return this.log.textContent ?? '';
  }

  private flush(): void {
    this.frame = 0;
    const fragment = document.createDocumentFragment();
    for (const { stream, text } of this.pending) {
      const span = h('span', { class: `wb-${stream}` });
      span.innerHTML = this.converters[stream].ansi_to_html(stripHyperlinks(text)); // ansi_up escapes HTML
      fragment.append(span);
    }
    this.pending = [];
    const atBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 24;
    this.log.append(fragment);
    if (atBottom) this.log.scrollTop = this.log.scrollHeight;
  }
}
