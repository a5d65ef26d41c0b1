// node:url: the WHATWG URL the browser has, and the two file-URL helpers packages use.
export const urlModule = {
  URL,
  URLSearchParams,
  fileURLToPath: (url: string | URL): string => {
    const parsed = new URL(String(url));
    if (parsed.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${String(url)}`);
    return decodeURIComponent(parsed.pathname);
  },
  pathToFileURL: (path: string): URL => new URL(`file://${encodeURI(path.startsWith('/') ? path : `/lab/${path}`)}`),
};
