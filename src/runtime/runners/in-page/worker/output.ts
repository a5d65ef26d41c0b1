// Output from the lab, batched into few messages and capped in lines, so a
// print loop can neither flood the page nor exhaust memory.
export type Stream = 'stdout' | 'stderr';

export interface OutputSink {
  (message: { type: 'out'; stream: Stream; text: string }): void;
}

export class CappedOutput {
  private readonly post: OutputSink;
  private readonly maxLines: number;
  private lines = 0;
  private pending: Array<{ stream: Stream; text: string }> = [];
  private pendingSize = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = 0;
  dropped = 0;

  constructor(post: OutputSink, maxLines: number) {
    this.post = post;
    this.maxLines = maxLines;
  }

  write(stream: Stream, text: string): void {
    if (this.lines >= this.maxLines) {
      this.dropped += countLines(text);
      return;
    }
    let kept = text;
    const lines = countLines(text);
    if (this.lines + lines > this.maxLines) {
      const parts = text.split('\n');
      const room = this.maxLines - this.lines;
      kept = `${parts.slice(0, room).join('\n')}\n`;
      this.dropped += lines - room;
      this.lines = this.maxLines;
    } else this.lines += lines;
    const last = this.pending.at(-1);
    if (last && last.stream === stream) last.text += kept;
    else this.pending.push({ stream, text: kept });
    this.pendingSize += kept.length;
    // Post at once unless a post went out in the last 16 ms: output written just
    // before a blocking loop still reaches the page, and floods become few messages.
    if (this.pendingSize > 64_000 || performance.now() - this.lastFlush >= 16) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 16);
  }

  flush(): void {
    this.lastFlush = performance.now();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const chunk of this.pending) this.post({ type: 'out', ...chunk });
    this.pending = [];
    this.pendingSize = 0;
  }
}

/** Lines a piece of output adds: its newlines, or one for a final unterminated line. */
export function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count === 0 && text.length > 0 ? 1 : count;
}
