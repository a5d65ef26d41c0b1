// Steps that run at the same time must not interleave their output. The relay passes one step's
// output through as it comes (the one that started first) and holds each other step's until
// the steps before it have ended, then prints it whole and carries on live.

export interface Sink {
  write(chunk: string | Uint8Array): unknown;
}

export interface RelayChannel {
  write(chunk: string | Uint8Array, to?: 'out' | 'err'): void;
  end(): void;
}

interface Held {
  chunks: { chunk: string | Uint8Array; to: 'out' | 'err' }[];
  ended: boolean;
}

export class OutputRelay {
  private readonly queue: Held[] = [];
  private readonly sinks: { out: Sink; err: Sink };

  constructor(sinks: { out: Sink; err: Sink }) {
    this.sinks = sinks;
  }

  /** A channel for one step, in the order the steps started. */
  open(): RelayChannel {
    const held: Held = { chunks: [], ended: false };
    this.queue.push(held);
    return {
      write: (chunk, to = 'out') => {
        if (this.queue[0] === held) this.sinks[to].write(chunk);
        else held.chunks.push({ chunk, to });
      },
      end: () => {
        held.ended = true;
        this.advance();
      },
    };
  }

  /** Drops the ended steps at the head of the queue; the next one prints what it held and goes live. */
  private advance(): void {
    while (this.queue[0]?.ended) {
      this.queue.shift();
      const next = this.queue[0];
      if (!next) return;
      for (const { chunk, to } of next.chunks.splice(0)) this.sinks[to].write(chunk);
    }
  }
}
