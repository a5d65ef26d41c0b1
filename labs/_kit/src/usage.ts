// Every model call made through the kit reports its token usage here: to the
// listeners added with onUsage(), and to globalThis.__aiRoadmapUsage when it is
// a function (the book's in-page runner installs it to show usage after a run).

/** One model call's token usage. */
export interface UsageEvent {
  provider: string;
  modelId: string;
  inputTokens: number;
  outputTokens: number;
  /** "text" for a language model call, "embedding" for an embedding call (output tokens 0). */
  kind: 'text' | 'embedding';
}

export type UsageListener = (event: UsageEvent) => void;

const listeners = new Set<UsageListener>();

/** Calls `listener` after every model call; returns a function that stops it. */
export function onUsage(listener: UsageListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function reportUsage(event: UsageEvent): void {
  for (const listener of [...listeners]) listener(event);
  const hook = (globalThis as { __aiRoadmapUsage?: unknown }).__aiRoadmapUsage;
  if (typeof hook === 'function') hook(event);
}
