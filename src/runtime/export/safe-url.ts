// Which addresses the page sends a token to or makes a link of: https, or plain
// http only on this machine (a local GitHub Enterprise test server, a fake in tests).
const loopback = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isHttpsOrLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || (protocol === 'http:' && loopback.test(hostname));
  } catch {
    return false;
  }
}
