// The keyboard's way to the type that hover shows: Ctrl-Shift-Space shows the type of the name at the
// cursor in a tooltip, and says it to a screen reader. Moving the cursor, typing or Escape closes it;
// Escape then Tab still leaves the editor, as everywhere in it (see editor.ts).
import { EditorView, keymap, showTooltip, type Tooltip } from '@codemirror/view';
import { Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import type { LanguageServiceClient } from './client.ts';
import { typeTooltip } from './type-tooltip.ts';

export const showTypeKey = 'Ctrl-Shift-Space';

const setTypeTip = StateEffect.define<Tooltip | null>();

const typeTipField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tip, transaction) {
    for (const effect of transaction.effects) if (effect.is(setTypeTip)) return effect.value;
    return transaction.docChanged || transaction.selection ? null : tip;
  },
  provide: (field) => showTooltip.from(field),
});

function noTypeTooltip(pos: number): Tooltip {
  return {
    pos,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'wb-type-tip';
      dom.textContent = 'No type here: put the cursor on a name.';
      return { dom };
    },
  };
}

export function typeAtCursor(client: LanguageServiceClient, path: string): Extension {
  const show = (view: EditorView): boolean => {
    const { head } = view.state.selection.main;
    void (async () => {
      // Just after a name (where typing leaves the cursor) counts as on it.
      const info = (await client.typeAt(path, head)) ?? (head > 0 ? await client.typeAt(path, head - 1) : null);
      // The cursor moved while the worker answered: the answer is for a place the learner has left.
      if (view.state.selection.main.head !== head) return;
      const tip = info ? typeTooltip(info) : noTypeTooltip(head);
      const spoken = info ? info.signature : 'No type here.';
      view.dispatch({ effects: [setTypeTip.of(tip), EditorView.announce.of(spoken)] });
    })();
    return true;
  };
  const close = (view: EditorView): boolean => {
    if (!view.state.field(typeTipField)) return false;
    view.dispatch({ effects: setTypeTip.of(null) });
    view.setTabFocusMode(2000);
    return true;
  };
  return [typeTipField, Prec.highest(keymap.of([{ key: showTypeKey, run: show, preventDefault: true }, { key: 'Escape', run: close }]))];
}
