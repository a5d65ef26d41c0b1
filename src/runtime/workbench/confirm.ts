import { h } from './dom.ts';

/** An accessible modal confirmation; resolves true when the learner confirms. */
export function confirmAction(message: string, confirmLabel: string): Promise<boolean> {
  const confirmButton = h('button', { type: 'submit', value: 'confirm', class: 'wb-button wb-primary' }, confirmLabel);
  const dialog = h(
    'dialog',
    { class: 'wb-dialog', 'aria-label': confirmLabel },
    h('form', { method: 'dialog' }, h('p', {}, message), h('div', { class: 'wb-dialog-actions' }, h('button', { type: 'submit', value: 'cancel', class: 'wb-button' }, 'Cancel'), confirmButton)),
  );
  document.body.append(dialog);
  dialog.showModal();
  confirmButton.focus();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
  });
}
