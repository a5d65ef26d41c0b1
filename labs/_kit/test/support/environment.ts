/** Removes every LAB_* variable, so a learner's or CI's settings cannot change what a test sees. */
export function clearLabEnvironment(): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('LAB_')) delete process.env[key];
}

/** Runs `body` with these LAB_* variables set, then restores a clean environment. */
export async function withLabEnvironment<T>(variables: Record<string, string>, body: () => T | Promise<T>): Promise<T> {
  clearLabEnvironment();
  Object.assign(process.env, variables);
  try {
    return await body();
  } finally {
    clearLabEnvironment();
  }
}

/** Makes fetch refuse every host but 127.0.0.1, so a test cannot reach the network by mistake. */
export function refuseNetwork(): void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`A test tried to reach the network: ${url.href}`));
    return realFetch(input, init);
  };
}
