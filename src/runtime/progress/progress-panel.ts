// The home page's progress panel: export, import and clear. Only the page with the
// panel loads this; the ticks and counts on every page come from progress-ui.ts.
import { ProgressStore, progressEvent } from './progress-store.ts';
import { checkImportSize, exportProgress, importProgress } from './progress-transfer.ts';
import { DeviceStorage, notSavedNotice } from '../session/device-storage.ts';

const store = new ProgressStore(new DeviceStorage(), () => dispatchEvent(new Event(progressEvent)));

function say(message: string): void {
  const status = document.querySelector('[data-progress-message]');
  if (status) status.textContent = message;
}

document.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-progress-export], [data-progress-clear]');
  if (!target) return;
  if (target.dataset.progressExport !== undefined) {
    const url = URL.createObjectURL(new Blob([exportProgress(store)], { type: 'application/json' }));
    Object.assign(document.createElement('a'), { href: url, download: 'ai-engineer-roadmap-progress.json' }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('Progress exported.');
  } else if (confirm('Clear your progress in this browser? Export it first if you want to keep it.')) {
    store.clear();
    say('Progress cleared.');
  }
});

document.addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  if (input.dataset.progressImport === undefined || !input.files?.[0]) return;
  try {
    checkImportSize(input.files[0].size);
    const merged = importProgress(store, await input.files[0].text());
    say(`Progress imported: ${Object.keys(merged.chapters).length} chapters and ${Object.keys(merged.labs).length} labs.`);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  } finally {
    input.value = '';
  }
});

if (!store.persistent) say(notSavedNotice('Progress is'));
