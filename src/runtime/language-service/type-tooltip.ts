// The tooltip that shows TypeScript's type (and documentation) of a name: on hover, or at the cursor.
import type { Tooltip } from '@codemirror/view';
import type { TypeInfo } from './protocol.ts';

function typeTipContent(info: TypeInfo): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'wb-type-tip';
  const signature = tip.appendChild(document.createElement('code'));
  signature.className = 'wb-type-signature';
  signature.textContent = info.signature;
  if (info.documentation) tip.appendChild(document.createElement('p')).textContent = info.documentation;
  return tip;
}

export const typeTooltip = (info: TypeInfo): Tooltip => ({ pos: info.from, end: info.to, above: true, create: () => ({ dom: typeTipContent(info) }) });
