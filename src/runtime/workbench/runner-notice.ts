import type { RunnerChoice } from '../runners/auto-runner.ts';
import { fallbackMessages } from '../runners/webcontainer/availability.ts';
import type { InstallProgress } from '../runners/webcontainer/install-progress.ts';

/** One sentence on which runner runs the lab, and why. */
export function describeChoice(choice: RunnerChoice): string {
  if (choice.kind === 'webcontainer') return 'Runs in a full Node (WebContainer): npm install, real Node, a terminal.';
  if (choice.reason === 'boot-pending') return 'Runs in the in-page runner while the full Node runtime starts.';
  return `Runs in the in-page runner: ${fallbackMessages[choice.reason]}.`;
}

const packages = (count: number): string => `${count} ${count === 1 ? 'package' : 'packages'}`;

/** The install progress shown while a WebContainer prepares a run. */
export function describeProgress(progress: InstallProgress): string {
  const seconds = `${(progress.elapsedMs / 1000).toFixed(1)} s`;
  const count = progress.packages;
  switch (progress.phase) {
    case 'booting':
      return `Starting Node… ${seconds}`;
    case 'mounting':
      return `Copying the lab into Node… ${seconds}`;
    case 'installing':
      return `npm install${count === undefined ? '' : `: ${packages(count)} fetched`}… ${seconds}`;
    case 'installed':
      return `Installed${count === undefined ? '' : ` ${packages(count)}`} in ${seconds}.`;
    case 'running':
      return 'Running…';
  }
}
