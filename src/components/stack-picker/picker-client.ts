// The stack picker with JavaScript: shows and enables the form of constraints, and on every change
// says which option to start with for each function of the stack, or that none fits and why, and
// filters the tables to the options that fit. Without JavaScript the page keeps the full tables.
// The options are read back from the tables, which the build wrote from the checked data, so the
// script carries the picking logic and none of the data.
import type { StackOption } from '../../book/stack-vocabulary.ts';
import { describeFit, parseConstraints, pickStack, type FunctionPick } from '../../book/stack-picker.ts';

const line = (text: string): HTMLSpanElement => {
  const span = document.createElement('span');
  span.className = 'stack-picker-line';
  span.textContent = text;
  return span;
};

function pickItem(pick: FunctionPick): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.stackPick = pick.function;
  const title = document.createElement('strong');
  title.append(`${pick.label}: `);
  item.append(title);
  if (pick.pick) {
    const name = document.createElement('span');
    name.dataset.stackPickName = pick.pick.id;
    name.textContent = pick.pick.name;
    title.append(name);
    item.append(line(pick.pick.reason), line(describeFit(pick.pick)));
    if (pick.alsoFits.length > 0) item.append(line(`Also fits: ${pick.alsoFits.map((option) => option.name).join('; ')}.`));
  } else {
    item.dataset.stackNoFit = '';
    title.append('no option fits');
    item.append(line('No option in the table fits these constraints. Relax one of them, or accept that this part of the stack breaks one.'));
    for (const { option, reasons } of pick.ruledOut) item.append(line(`${option.name}: ${reasons.join(', and ')}.`));
  }
  return item;
}

function optionsIn(root: HTMLElement): StackOption[] {
  return [...root.querySelectorAll<HTMLElement>('tbody[data-stack-option]')].map((body) => {
    const { stackOption = '', function: part, hosting, cost, languages = '', residency = '' } = body.dataset;
    return {
      id: stackOption,
      function: part as StackOption['function'],
      name: body.querySelector('[data-stack-name]')?.textContent?.trim() ?? stackOption,
      hosting: hosting as StackOption['hosting'],
      cost: cost as StackOption['cost'],
      languages: languages.split(' ') as StackOption['languages'],
      residency: residency.split(' ') as StackOption['residency'],
      licence: '',
      source: '',
      reason: body.querySelector('[data-stack-reason]')?.textContent?.trim() ?? '',
    };
  });
}

function enhance(root: HTMLElement): void {
  // The print route shows every option and no form (it is what the PDF prints).
  if (root.closest('.print-book')) return;
  const form = root.querySelector<HTMLFormElement>('[data-stack-picker-form]');
  const controls = root.querySelector<HTMLFieldSetElement>('[data-stack-picker-controls]');
  const result = root.querySelector<HTMLElement>('[data-stack-picker-result]');
  const picksList = root.querySelector<HTMLUListElement>('[data-stack-picker-picks]');
  if (!form || !controls || !result || !picksList) return;
  const stackOptions = optionsIn(root);

  const update = (): void => {
    const values = new FormData(form);
    const text = (name: string): string | undefined => values.get(name)?.toString();
    const constraints = parseConstraints({ hosting: text('hosting'), budget: text('budget'), language: text('language'), residency: text('residency') });
    const showAll = values.get('show-all') !== null;
    const picks = pickStack(stackOptions, constraints);
    picksList.replaceChildren(...picks.map(pickItem));
    for (const pick of picks) {
      const section = root.querySelector<HTMLElement>(`[data-stack-function="${pick.function}"]`);
      if (!section) continue;
      const fitting = new Set([pick.pick, ...pick.alsoFits].map((option) => option?.id));
      for (const row of section.querySelectorAll<HTMLTableSectionElement>('tbody[data-stack-option]')) {
        const id = row.dataset.stackOption;
        row.hidden = !showAll && !fitting.has(id);
        const mark = row.querySelector<HTMLElement>('[data-stack-picker-mark]');
        if (mark) mark.hidden = id !== pick.pick?.id;
      }
      const nothingFits = !pick.pick && !showAll;
      section.querySelector('table')?.toggleAttribute('hidden', nothingFits);
      section.querySelector('[data-stack-picker-empty]')?.toggleAttribute('hidden', !nothingFits);
    }
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  controls.disabled = false;
  result.hidden = false;
  update();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-stack-picker]')) enhance(root);
