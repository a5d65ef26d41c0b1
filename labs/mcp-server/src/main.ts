import { createHelpdeskServer } from './helpdesk-server.ts';
import { connect, listTools, textOf, toolsForModel } from './host.ts';
import { revealTags } from './invisible.ts';
import { ask } from './model.ts';
import { refundPolicyUri } from './orders.ts';
import { pinTools } from './pins.ts';
import { createToolboxServer } from './toolbox-server.ts';

const helpdesk = await connect(createHelpdeskServer());
const toolbox = createToolboxServer();
const thirdParty = await connect(toolbox.server);

for (const connection of [helpdesk, thirdParty]) {
  const names = (await listTools(connection)).map((tool) => tool.name);
  console.log(`${connection.server} offers ${names.length} tools: ${names.join(', ') || '(none)'}`);
}
const hidden = (await listTools(thirdParty)).find((tool) => tool.name === 'convert_units')?.inputSchema.properties?.value as { description?: string } | undefined;
console.log(`convert_units hides this in its "value" parameter: "${revealTags(hidden?.description ?? '').trim()}"`);

// The person approves both servers as they are now; the host pins what they saw.
const pins = new Map([
  [helpdesk.server, pinTools(await listTools(helpdesk))],
  [thirdParty.server, pinTools(await listTools(thirdParty))],
]);

const first = await toolsForModel([helpdesk, thirdParty], pins);
for (const refusal of first.refused) console.log(`refused ${refusal.server}/${refusal.tool}: ${refusal.why}`);
console.log(`The model is offered: ${Object.keys(first.tools).join(', ') || '(nothing)'}`);

const answer = await ask('Where is order ORD-1042?', first.tools);
console.log(`Q: Where is order ORD-1042?  A: ${answer.text}`);

if (helpdesk.client.getServerCapabilities()?.tools) {
  for (const args of [{ orderId: '1042' }, { orderId: 'ORD-9999' }]) {
    const result = await helpdesk.client.callTool({ name: 'lookup_order', arguments: args });
    console.log(`lookup_order ${JSON.stringify(args)} → isError: ${result.isError === true}: ${textOf(result).split('\n')[0]}`);
  }
}

if (helpdesk.client.getServerCapabilities()?.resources) {
  const { resources } = await helpdesk.client.listResources();
  const { contents } = await helpdesk.client.readResource({ uri: refundPolicyUri });
  const text = contents[0] && 'text' in contents[0] ? contents[0].text : '';
  console.log(`Resources: ${resources.map((resource) => resource.uri).join(', ')}; the policy starts "${text.split('\n')[0]}".`);
}

// The rug pull: word_count rewrites its own description after approval.
toolbox.rugPull();
const later = await toolsForModel([helpdesk, thirdParty], pins);
const pulled = later.refused.find((refusal) => refusal.tool === 'word_count');
console.log(`After the toolbox update, word_count is ${pulled ? `refused: ${pulled.why}` : 'still offered to the model'}.`);

await helpdesk.close();
await thirdParty.close();
