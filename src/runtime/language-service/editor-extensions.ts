// The language service in CodeMirror: type errors as lint (underline, gutter marker, the lint
// panel on Ctrl/Cmd-Shift-M), the type under the pointer (or at the cursor, on Ctrl-Shift-Space), and
// completion (as you type, or Ctrl-Space).
import { EditorView, hoverTooltip, keymap, type Tooltip } from '@codemirror/view';
import { Prec, type Extension } from '@codemirror/state';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { autocompletion, closeCompletion, completionStatus } from '@codemirror/autocomplete';
import type { LanguageServiceClient } from './client.ts';
import { typeTooltip } from './type-tooltip.ts';
import { closeTypeTip, typeAtCursor } from './type-at-cursor.ts';

export interface FileChecks {
  /** Called with each new set of diagnostics of the file. */
  onDiagnostics(path: string, diagnostics: readonly Diagnostic[]): void;
}

const tooltipTheme = EditorView.baseTheme({
  '.wb-type-tip': { maxWidth: 'min(40rem, 85vw)', padding: '0.25rem 0.5rem', fontSize: '0.8125rem' },
  '.wb-type-signature': { display: 'block', whiteSpace: 'pre-wrap', fontFamily: 'var(--sl-font-mono, monospace)', background: 'none', padding: '0' },
  '.wb-type-tip p': { margin: '0.25rem 0 0', whiteSpace: 'pre-wrap' },
  '.cm-tooltip-lint, .cm-tooltip-autocomplete': { maxWidth: 'min(40rem, 85vw)' },
});

const closeCompletionList = (view: EditorView): boolean => completionStatus(view.state) !== null && (closeCompletion(view), true);

/**
 * Escape then Tab leaves the editor (see editor.ts). Escape that closes a completion list (shown,
 * or waiting with nothing to show) or the type at the cursor must still let the next Tab leave, or
 * the keyboard would be trapped.
 */
const escapeClosesAndLeaves = Prec.highest(
  keymap.of([
    {
      key: 'Escape',
      run: (view) => {
        // Both, when both are open: one Escape clears what the language service put over the code.
        const closed = [closeCompletionList(view), closeTypeTip(view)].some(Boolean);
        if (closed) view.setTabFocusMode(2000);
        return closed;
      },
    },
  ]),
);

/** The extensions for one file of the lab (`path` is its path in the language service). */
export function languageServiceExtension(client: LanguageServiceClient, path: string, checks: FileChecks): Extension {
  return [
    EditorView.updateListener.of((update) => {
      if (update.docChanged) client.update(path, update.state.doc.toString());
    }),
    linter(
      async () => {
        const diagnostics = await client.diagnostics(path);
        checks.onDiagnostics(path, diagnostics);
        return diagnostics;
      },
      { delay: 300 },
    ),
    lintGutter(),
    keymap.of(lintKeymap),
    hoverTooltip(async (_view, position): Promise<Tooltip | null> => {
      const info = await client.typeAt(path, position);
      return info && typeTooltip(info);
    }),
    typeAtCursor(client, path),
    // Before autocompletion(), whose own Escape has the same precedence.
    escapeClosesAndLeaves,
    autocompletion({
      override: [
        async (context) => {
          const result = await client.completions(path, context.pos, context.explicit);
          // Further letters of the same word filter these options rather than ask again.
          return result && { ...result, validFor: /^[\w$]*$/ };
        },
      ],
    }),
    tooltipTheme,
  ];
}
