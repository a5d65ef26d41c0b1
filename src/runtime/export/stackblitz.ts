import type { OpenOptions, Project } from '@stackblitz/sdk';
import type { FileMap } from './standalone.ts';

/** The part of @stackblitz/sdk this export uses, so a test can hand in its own. */
export interface StackBlitzSdk {
  openProject(project: Project, options?: OpenOptions): void;
}

const loadSdk = async (): Promise<StackBlitzSdk> => (await import('@stackblitz/sdk')).default;

/** The project handed to StackBlitz: a Node project holding the standalone lab. */
export function stackblitzProject(title: string, files: FileMap): Project {
  return {
    title: `${title} — AI Engineer Roadmap lab`,
    description: 'A lab from AI Engineer Roadmap. Run `npm start`, check your work with `npm test`.',
    template: 'node',
    files,
  };
}

/** Opens the standalone project in a new StackBlitz tab, showing `openFile` first. */
export async function openInStackBlitz(title: string, files: FileMap, openFile: string, sdk: () => Promise<StackBlitzSdk> = loadSdk): Promise<void> {
  if (!(openFile in files)) throw new Error(`Open in StackBlitz: the file to show first, "${openFile}", is not in the project.`);
  (await sdk()).openProject(stackblitzProject(title, files), { newWindow: true, openFile });
}
