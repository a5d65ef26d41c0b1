// The career ladder's self-assessment in the browser: marks each piece of evidence from the
// stored progress and says which rung it supports (LadderSelfAssessment.astro draws the table).
// Reads progress through the same store as every other progress widget, and never writes it.
import { ProgressStore, progressEvent, progressKey } from './progress-store.ts';
import { itemStanding, ladderSummary, type ItemStanding, type LadderRung } from './ladder-verdict.ts';
import { DeviceStorage } from '../session/device-storage.ts';

const store = new ProgressStore(new DeviceStorage());

const words: Record<ItemStanding, string> = {
  passed: '✓ lab passed',
  done: '✓ chapter done',
  solution: 'passed with the solution only: pass it on your own code',
  todo: 'not yet',
};

function render(root: HTMLElement): void {
  const rungs: LadderRung[] = JSON.parse(root.querySelector('[data-ladder-rungs]')?.textContent || '[]');
  const progress = store.read();
  for (const rung of rungs) {
    const table = root.querySelector(`[data-ladder-rung="${rung.id}"]`);
    for (const item of rung.items) {
      const cell = table?.querySelector<HTMLElement>(`[data-ladder-item="${item.lab ?? item.chapter}"] [data-ladder-status]`);
      if (!cell) continue;
      const standing = itemStanding(progress, item);
      cell.dataset.standing = standing;
      cell.textContent = words[standing];
    }
  }
  const verdict = root.querySelector<HTMLElement>('[data-ladder-verdict]');
  if (verdict) verdict.textContent = ladderSummary(rungs, progress);
  for (const element of root.querySelectorAll<HTMLElement>('.ladder-progress')) element.hidden = false;
}

const renderAll = (): void => document.querySelectorAll<HTMLElement>('[data-ladder-assessment]').forEach(render);

addEventListener(progressEvent, renderAll);
addEventListener('storage', (event) => event.key === progressKey && renderAll());
renderAll();
