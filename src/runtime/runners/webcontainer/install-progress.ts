// Progress while a WebContainer run is prepared: the phase, how many packages
// npm has fetched (its http log says so, one line per tarball) or added in the
// end, and the time spent in the phase, re-sent on a timer so that it moves
// while npm is quiet.
import { stripAnsi } from './ansi.ts';

export interface InstallProgress {
  phase: 'booting' | 'mounting' | 'installing' | 'installed' | 'running';
  /** While installing, the package tarballs fetched so far; once installed, the count npm reports. */
  packages?: number;
  /** Time in this phase so far; for "installed", how long the install took. */
  elapsedMs: number;
}

/** Time and a repeating timer, injectable so tests can drive them. */
export interface Clock {
  now(): number;
  /** Calls tick every intervalMs until the returned function is called. */
  every(intervalMs: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  every: (intervalMs, tick) => {
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  },
};

export const progressTickMs = 250;


/** The number of packages npm reports ("added 42 packages", "up to date, audited 12 packages"). */
export function packagesFromNpmOutput(text: string): number | undefined {
  const match = /(?:added|audited|changed) (\d+) packages?/.exec(stripAnsi(text));
  return match ? Number(match[1]) : undefined;
}

// `npm install --loglevel=http` logs each request: "npm http fetch GET 200 <url> 132ms (cache miss)".
const httpLogLine = /npm http fetch \w+ \d+ (\S+)/;

/**
 * Reads `npm install --loglevel=http` output line by line: counts the package
 * tarballs fetched, keeps the final count, and passes every other line on.
 */
export class NpmInstallOutput {
  fetched = 0;
  total: number | undefined;
  private buffer = '';
  private readonly show: (text: string) => void;
  private readonly onFetched: (count: number) => void;

  constructor(show: (text: string) => void, onFetched: (count: number) => void) {
    this.show = show;
    this.onFetched = onFetched;
  }

  push(text: string): void {
    const lines = (this.buffer + text).split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(`${line}\n`);
  }

  end(): void {
    if (this.buffer) this.line(this.buffer);
    this.buffer = '';
  }

  private line(text: string): void {
    const plain = stripAnsi(text);
    const request = httpLogLine.exec(plain);
    if (request) {
      if (/\.tgz$/.test(request[1] ?? '')) this.onFetched(++this.fetched);
      return;
    }
    this.total = packagesFromNpmOutput(plain) ?? this.total;
    this.show(text);
  }
}

/** Sends InstallProgress as the phases change, and on every tick until the run starts; without a listener, it does nothing. */
export class ProgressReporter {
  private readonly send: ((progress: InstallProgress) => void) | undefined;
  private readonly clock: Clock;
  private phase: InstallProgress['phase'] | undefined;
  private since = 0;
  private packages: number | undefined;
  private stopTicking: (() => void) | undefined;

  constructor(send: ((progress: InstallProgress) => void) | undefined, clock: Clock = systemClock) {
    this.send = send;
    this.clock = clock;
  }

  enter(phase: InstallProgress['phase'], packages?: number): void {
    if (!this.send) return;
    const now = this.clock.now();
    if (phase === 'installed') {
      this.stop();
      this.phase = phase;
      return this.send({ phase, elapsedMs: now - this.since, ...(packages === undefined ? {} : { packages }) });
    }
    this.phase = phase;
    this.since = now;
    this.packages = packages;
    if (phase === 'running') this.stop();
    else this.stopTicking ??= this.clock.every(progressTickMs, () => this.emit());
    this.emit();
  }

  /** Packages done so far in this phase. */
  done(packages: number): void {
    this.packages = packages;
    this.emit();
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  private emit(): void {
    if (!this.phase) return;
    this.send?.({ phase: this.phase, elapsedMs: this.clock.now() - this.since, ...(this.packages === undefined ? {} : { packages: this.packages }) });
  }
}

/** Node's version as [major, minor]. */
export function parseNodeVersion(version: string): [number, number] {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return [major, minor];
}

/** Node runs .ts files itself (type stripping on by default) from 22.18 and 23.6. */
export function stripsTypes(version: string): boolean {
  const [major, minor] = parseNodeVersion(version);
  return major >= 24 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
}
