import type { WebContainerProcess } from '@webcontainer/api';

/** Pipes a process's output to write, and answers its exit code. */
export async function pipe(process: WebContainerProcess, write: (text: string) => void): Promise<number> {
  await process.output.pipeTo(new WritableStream({ write }));
  return process.exit;
}

/** Pipes a process's output until it exits, or kills it when stopped or too slow. */
export async function watch(process: WebContainerProcess, signal: AbortSignal | undefined, write: (text: string) => void, timeoutMs?: number): Promise<number | 'stopped' | 'timeout'> {
  let stop: (value: 'stopped' | 'timeout') => void = () => {};
  const stopped = new Promise<'stopped' | 'timeout'>((resolve) => (stop = resolve));
  const kill = (why: 'stopped' | 'timeout') => {
    process.kill();
    stop(why);
  };
  const onAbort = () => kill('stopped');
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs ? setTimeout(() => kill('timeout'), timeoutMs) : undefined;
  try {
    return await Promise.race([pipe(process, write), stopped]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (timer) clearTimeout(timer);
  }
}
