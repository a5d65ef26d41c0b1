// Tells a sandbox that died from one that is busy. The sandbox document beats
// every half second from its own thread (not the worker's), so an endless loop
// in lab code does not stop it; a sandbox whose process crashed (a worker that
// ran out of memory takes its process with it) does.
//
// A gap is judged only while this page's own timer runs on time: when the
// page's thread is busy, the beats queue up behind it and prove nothing.
export const beatIntervalMs = 500;
const checkIntervalMs = 1_000;
/** Checks in a row, each on time and with no beat since the one before, that mean the sandbox is gone. */
const silentChecksMeaningLost = 5;

export interface Clock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

const systemClock: Clock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

export class Heartbeat {
  private lastBeat: number;
  private lastCheck: number;
  private silentChecks = 0;
  private readonly stop: () => void;
  private readonly clock: Clock;

  constructor(onLost: () => void, clock: Clock = systemClock) {
    this.clock = clock;
    this.lastBeat = this.lastCheck = clock.now();
    this.stop = clock.every(checkIntervalMs, () => {
      const now = clock.now();
      const onTime = now - this.lastCheck < checkIntervalMs * 1.5;
      const silent = now - this.lastBeat > checkIntervalMs;
      this.lastCheck = now;
      this.silentChecks = onTime && silent ? this.silentChecks + 1 : 0;
      if (this.silentChecks >= silentChecksMeaningLost) {
        this.stop();
        onLost();
      }
    });
  }

  beat(): void {
    this.lastBeat = this.clock.now();
  }

  dispose(): void {
    this.stop();
  }
}
