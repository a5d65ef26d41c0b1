// Lab files as the sandbox's worker compiled them, kept by the page for its
// later runs of the same lab: each run gets a fresh worker, and compiling the
// lab's files again was most of a warm run's time. The worker compiles them
// before any lab code runs (worker/compile-ahead.ts), so the code depends on
// the file's text alone, and is sent back only while that text is unchanged.

/** Compiled code is about as long as its TypeScript; anything far longer is not kept. */
const plausibleLength = (source: string, code: string): boolean => code.length <= source.length * 2 + 10_000;

export class CompiledFiles {
  private readonly kept = new Map<string, { source: string; code: string }>();

  /** The kept code of those of the lab's `files` whose text is what was compiled. */
  reusable(slug: string, files: Record<string, string>): Record<string, string> {
    const reusable: Record<string, string> = {};
    for (const [path, source] of Object.entries(files)) {
      const kept = this.kept.get(`${slug}/${path}`);
      if (kept?.source === source) reusable[path] = kept.code;
    }
    return reusable;
  }

  /** Keeps what the worker compiled from the run's `files`; a path not among them is ignored. */
  keep(slug: string, files: Record<string, string>, path: string, code: string): void {
    const source = Object.hasOwn(files, path) ? files[path] : undefined;
    if (source !== undefined && plausibleLength(source, code)) this.kept.set(`${slug}/${path}`, { source, code });
  }
}
