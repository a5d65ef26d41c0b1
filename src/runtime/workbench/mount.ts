// Loaded on every lab page, so it stays tiny: it waits until a lab's workbench
// scrolls near the viewport or the learner reaches for it, then loads the real thing.
type Mountable = HTMLElement & { dataset: { labWorkbench: string } };

let loading: Promise<typeof import('./workbench.ts')> | undefined;
const loadWorkbench = () => (loading ??= import('./workbench.ts'));

function mount(placeholder: Mountable): void {
  if (placeholder.dataset.mounted) return;
  placeholder.dataset.mounted = 'loading';
  loadWorkbench()
    .then(({ mountWorkbench }) => mountWorkbench(placeholder, placeholder.dataset.labWorkbench))
    .catch((error: unknown) => {
      placeholder.dataset.mounted = 'failed';
      const message = document.createElement('p');
      message.className = 'wb-load-error';
      message.textContent = `The workbench could not load (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; the code above is the lab's starter.`;
      placeholder.replaceChildren(message);
    });
}

const placeholders = [...document.querySelectorAll<Mountable>('[data-lab-workbench]')];
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      mount(entry.target as Mountable);
    }
  },
  { rootMargin: '400px 0px' },
);
for (const placeholder of placeholders) {
  observer.observe(placeholder);
  for (const event of ['pointerenter', 'focusin', 'touchstart'] as const) {
    placeholder.addEventListener(event, () => mount(placeholder), { once: true, passive: true });
  }
}
