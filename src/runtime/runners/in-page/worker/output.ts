// Output from the lab, capped in lines and in characters, so that a print loop
// (or one enormous line) can neither flood the page nor exhaust its memory.
// Every kept write is posted at once, before the lab's next statement runs:
// output written just before a blocking loop still reaches the page, which
// batches its rendering per animation frame. Past the cap, the running count
// of dropped output is posted every few milliseconds, so that a run the page
// kills (Stop, timeout) still knows about how much was dropped.
export type Stream = 'stdout' | 'stderr';

export interface OutputLimits {
  maxLines: number;
  maxChars: number;
}

export interface DroppedOutput {
  /** Lines not shown from their start (a line cut short by the character cap is not counted). */
  lines: number;
  chars: number;
}

export type OutputMessage = { type: 'out'; stream: Stream; text: string } | ({ type: 'dropped' } & DroppedOutput);

const dropReportInterval = 10;

/** Lines that begin in `text`, given whether the output so far ends at the start of a line. */
export function linesStarted(text: string, atLineStart: boolean): number {
  if (text.length === 0) return 0;
  let newlines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines++;
  return (atLineStart ? 1 : 0) + newlines - (text.endsWith('\n') ? 1 : 0);
}

/** Where the line numbered `line` (0-based, counted from the start of `text`) begins; text.length when it does not. */
function startOfLine(text: string, line: number, atLineStart: boolean): number {
  let seen = atLineStart ? 1 : 0;
  if (seen > line) return 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < text.length - 1; index = text.indexOf('\n', index + 1)) {
    if (++seen > line) return index + 1;
  }
  return text.length;
}

export class CappedOutput {
  private readonly post: (message: OutputMessage) => void;
  private readonly limits: OutputLimits;
  private readonly now: () => number;
  private lines = 0;
  private chars = 0;
  private atLineStart = true;
  private lastDropReport = -Infinity;
  readonly dropped: DroppedOutput = { lines: 0, chars: 0 };

  constructor(post: (message: OutputMessage) => void, limits: OutputLimits, now: () => number = () => performance.now()) {
    this.post = post;
    this.limits = limits;
    this.now = now;
  }

  write(stream: Stream, text: string): void {
    if (text.length === 0) return;
    const cut = Math.min(startOfLine(text, this.limits.maxLines - this.lines, this.atLineStart), this.limits.maxChars - this.chars);
    const kept = text.slice(0, Math.max(cut, 0));
    if (kept.length > 0) {
      this.lines += linesStarted(kept, this.atLineStart);
      this.chars += kept.length;
      this.post({ type: 'out', stream, text: kept });
    }
    if (kept.length < text.length) {
      const rest = text.slice(kept.length);
      this.dropped.lines += linesStarted(rest, kept.length > 0 ? kept.endsWith('\n') : this.atLineStart);
      this.dropped.chars += rest.length;
      this.reportDropped();
    }
    this.atLineStart = text.endsWith('\n');
  }

  /** Posts the dropped count when the last report is a few milliseconds old. */
  private reportDropped(): void {
    const now = this.now();
    if (now - this.lastDropReport < dropReportInterval) return;
    this.lastDropReport = now;
    this.post({ type: 'dropped', ...this.dropped });
  }
}
