import type { LabLanguage, Runner } from '../runner.ts';
import { createQuickRunner } from '../runners/in-page/index.ts';
import { AutoRunner, type RunnerChoice, type RunnerPreference } from '../runners/auto-runner.ts';
import { WebContainerRunner } from '../runners/webcontainer/webcontainer-runner.ts';
import type { BootFunction } from '../runners/webcontainer/boot.ts';
import { browserFacts } from '../runners/webcontainer/availability.ts';
import type { InstallProgress } from '../runners/webcontainer/install-progress.ts';
import { pythonWorkerUrl, quickWorkerUrl } from '../runners/in-page/worker-url.ts';
import { PageModules } from '../modules/page-modules.ts';
import { loadKit } from '../export/kit-files.ts';
import { isolationHeaders } from '../../book/headers.ts';

// One per page: the built files of npm packages are fetched once, and shared by every lab on it.
const pageModules = new PageModules();

const progressListeners = new Set<(progress: InstallProgress) => void>();
let webContainer: WebContainerRunner | undefined;

/**
 * The COEP the page is served with: every host (npm start, _headers, vercel.json,
 * the Pages service worker) sends this one value, and WebContainer.boot() must be told it.
 */
export const pageCoep = isolationHeaders['Cross-Origin-Embedder-Policy'];

const bootFromStackBlitz: BootFunction = async (options) => (await import('@webcontainer/api')).WebContainer.boot(options);

/** A WebContainer runner set up for this site's pages. */
export function createPageWebContainer(boot: BootFunction = bootFromStackBlitz): WebContainerRunner {
  return new WebContainerRunner({
    coep: pageCoep,
    boot,
    loadKit,
    onProgress: (progress) => progressListeners.forEach((listener) => listener(progress)),
  });
}

/** One WebContainer per page: only one instance can boot at a time. */
export function pageWebContainer(): WebContainerRunner {
  webContainer ??= createPageWebContainer();
  return webContainer;
}

export interface LabRunnerOptions {
  preference: RunnerPreference;
  language?: LabLanguage;
  onChoice(choice: RunnerChoice): void;
  onProgress(progress: InstallProgress): void;
}

/** The runner a workbench uses: a WebContainer where one boots, else the in-page runner. */
export function createLabRunner(options: LabRunnerOptions): Runner {
  progressListeners.add(options.onProgress);
  return new AutoRunner({
    preference: options.preference,
    facts: browserFacts(),
    ...(options.language ? { language: options.language } : {}),
    quick: () => createQuickRunner({ workerUrl: quickWorkerUrl, pythonWorkerUrl, modules: pageModules, ...(options.language ? { language: options.language } : {}) }),
    webcontainer: pageWebContainer,
    onChoice: options.onChoice,
  });
}
