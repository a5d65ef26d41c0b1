// The hosts a WebContainer boot reaches for (stackblitz.com/headless first, then its
// runtime hosts). The fallback test and bench hold requests to them unanswered, as
// when StackBlitz is unreachable, so their figures hold on a machine with a network too.
export const webContainerHosts = /^https?:\/\/([^/]*\.)?(stackblitz\.com|stackblitz\.io|staticblitz\.com|webcontainer\.io|webcontainer-api\.io)(:\d+)?\//;
