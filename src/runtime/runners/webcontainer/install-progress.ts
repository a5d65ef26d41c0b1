// Progress of `npm install` from its output: the phase, how many packages were
// added where npm says so, and the time elapsed.
export interface InstallProgress {
  phase: 'booting' | 'mounting' | 'installing' | 'installed' | 'running';
  packages?: number;
  elapsedMs: number;
}

const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** The number of packages npm reports ("added 42 packages", "up to date, audited 12 packages"). */
export function packagesFromNpmOutput(text: string): number | undefined {
  const match = /(?:added|audited|changed) (\d+) packages?/.exec(stripAnsi(text));
  return match ? Number(match[1]) : undefined;
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
