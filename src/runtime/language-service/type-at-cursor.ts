// The keyboard's way to the type that hover shows: Ctrl-Shift-Space shows the type of the name at the
// cursor in a tooltip, and says it to a screen reader. Moving the cursor or typing closes it, and so
// does Escape (see closeTypeTip, which editor-extensions.ts binds with the completion list's Escape).
import { EditorView, keymap, showTooltip, type Tooltip } from '@codemirror/view';
import { Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import type { LanguageServiceClient } from './client.ts';
import { noTypeTooltip, typeTooltip } from './type-tooltip.ts';

const showTypeKey = 'Ctrl-Shift-Space';

const setTypeTip = StateEffect.define<Tooltip | null>();

const typeTipField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tip, transaction) {
    for (const effect of transaction.effects) if (effect.is(setTypeTip)) return effect.value;
    return transaction.docChanged || transaction.selection ? null : tip;
  },
  provide: (field) => showTooltip.from(field),
});

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
  return [typeTipField, Prec.highest(keymap.of([{ key: showTypeKey, run: show, preventDefault: true }]))];
}

/** Closes the type tooltip at the cursor; false when none is shown. */
export function closeTypeTip(view: EditorView): boolean {
  if (!view.state.field(typeTipField, false)) return false;
  view.dispatch({ effects: setTypeTip.of(null) });
  return true;
}
