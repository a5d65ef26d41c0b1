import type { Project } from '@stackblitz/sdk';
import type { FileMap } from './standalone.ts';

/** The project handed to StackBlitz: a Node project holding the standalone lab. */
export function stackblitzProject(title: string, files: FileMap): Project {
  return {
    title: `${title} — AI Engineer Roadmap lab`,
    description: 'A lab from AI Engineer Roadmap. Run `npm start`, check your work with `npm test`.',
    template: 'node',
    files,
  };
}

export async function openInStackBlitz(title: string, files: FileMap, openFile: string): Promise<void> {
  const { default: sdk } = await import('@stackblitz/sdk');
  sdk.openProject(stackblitzProject(title, files), { newWindow: true, openFile });
}
