import { AnsiUp } from 'ansi_up';
import type { Chart } from '../runner.ts';
import { h } from './dom.ts';
import { stripHyperlinks } from './ansi-links.ts';
import { linkLocations, nowhere, type LocationTarget } from './location-links.ts';

type Stream = 'stdout' | 'stderr' | 'info';
type Entry = { stream: Stream; text: string } | { chart: Chart };

/** A converter that makes no link of an OSC 8 sequence even when one arrives split across writes. */
function withoutLinks(): AnsiUp {
  const converter = new AnsiUp();
  converter.url_allowlist = {};
  return converter;
}

/**
 * The streamed output of a run: ANSI colours rendered, stderr marked, charts
 * drawn in their place, places in the lab's files in an error's stack made
 * buttons that open them. DOM updates are batched per animation frame so a
 * flood of output never blocks input.
 */
export class OutputPanel {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly locations: LocationTarget;
  private readonly converters: Record<Stream, AnsiUp> = { stdout: withoutLinks(), stderr: withoutLinks(), info: withoutLinks() };
  private pending: Entry[] = [];
  private frame = 0;
  /** Renders in order: a batch waits for the one before it (which may be loading the chart code). */
  private rendering: Promise<void> = Promise.resolve();
  /** Counts clear(): a batch queued before a clear is dropped. */
  private generation = 0;

  constructor(label: string, locations: LocationTarget = nowhere) {
    this.locations = locations;
    this.log = h('div', { class: 'wb-log', role: 'log', 'aria-label': label, tabindex: '0' });
    this.element = h('div', { class: 'wb-output' }, this.log);
    this.clear();
  }

  clear(): void {
    this.generation++;
    this.pending = [];
    this.log.replaceChildren();
    for (const converter of Object.values(this.converters)) converter.ansi_to_html('\u001b[0m');
  }

  /** Queues output; it is rendered on the next animation frame, consecutive writes to one stream as one span. */
  write(stream: Stream, text: string): void {
    const last = this.pending.at(-1);
    if (last && 'stream' in last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.schedule();
  }

  /** Queues a chart, drawn after the output written before it. */
  chart(chart: Chart): void {
    this.pending.push({ chart });
    this.schedule();
  }

  /** A line from the workbench itself (not the lab), e.g. how the run ended. */
  note(text: string): void {
    this.write('info', `${text}\n`);
  }

  get text(): string {
    return this.log.textContent ?? '';
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    const entries = this.pending;
    const generation = this.generation;
    this.pending = [];
    this.rendering = this.rendering.then(() => this.render(entries, generation)).catch((error: unknown) => {
      this.write('info', `The workbench could not draw a chart: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  }

  private async render(entries: Entry[], generation: number): Promise<void> {
    // The chart code loads with the first chart, so a lab that draws none never fetches it.
    const charts = entries.some((entry) => 'chart' in entry) ? await import('./chart-view.ts') : undefined;
    if (generation !== this.generation) return;
    const fragment = document.createDocumentFragment();
    for (const entry of entries) {
      if ('chart' in entry) {
        fragment.append(charts!.renderChart(entry.chart, this.log.clientWidth - 24));
        continue;
      }
      const span = h('span', { class: `wb-${entry.stream}` });
      span.innerHTML = this.converters[entry.stream].ansi_to_html(stripHyperlinks(entry.text)); // ansi_up escapes HTML
      if (entry.stream === 'stderr') linkLocations(span, this.locations);
      fragment.append(span);
    }
    const atBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 24;
    this.log.append(fragment);
    if (atBottom) this.log.scrollTop = this.log.scrollHeight;
  }
}
