// The tooltip that shows TypeScript's type (and documentation) of a name: on hover, or at the cursor;
// and the one that says there is none where the cursor is.
import type { Tooltip } from '@codemirror/view';
import type { TypeInfo } from './protocol.ts';

function typeTip(): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'wb-type-tip';
  return tip;
}

function typeTipContent(info: TypeInfo): HTMLElement {
  const tip = typeTip();
  const signature = tip.appendChild(document.createElement('code'));
  signature.className = 'wb-type-signature';
  signature.textContent = info.signature;
  if (info.documentation) tip.appendChild(document.createElement('p')).textContent = info.documentation;
  return tip;
}

export const typeTooltip = (info: TypeInfo): Tooltip => ({ pos: info.from, end: info.to, above: true, create: () => ({ dom: typeTipContent(info) }) });

export const noTypeTooltip = (pos: number): Tooltip => ({
  pos,
  above: true,
  create: () => {
    const dom = typeTip();
    dom.textContent = 'No type here: put the cursor on a name.';
    return { dom };
  },
});
