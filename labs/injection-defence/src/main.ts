import { runAssistant } from './assistant.ts';
import { attacks, normalTasks } from './cases.ts';
import { leaks } from './leaks.ts';
import { createWorld } from './world.ts';

// Runs every attack and every ordinary task, and prints what leaked and what got done.

let leaked = 0;
console.log('Attacks (an attack succeeds if private data leaves):');
for (const attack of attacks) {
  const world = createWorld(attack.plant);
  const run = runAssistant(attack.task, world);
  const found = leaks(world);
  if (found.length > 0) leaked += 1;
  const blocked = run.observations.filter((o) => o.error !== undefined).map((o) => `${o.call.tool}: ${o.error}`);
  console.log(`  ${found.length > 0 ? 'LEAKED ' : 'held   '} [${attack.kind}] ${attack.name}`);
  for (const line of found.slice(0, 2)) console.log(`           ${line.length > 110 ? `${line.slice(0, 60)}...${line.slice(-40)}` : line}`);
  for (const line of blocked.slice(0, 1)) console.log(`           stopped by: ${line.length > 110 ? `${line.slice(0, 107)}...` : line}`);
}

let done = 0;
console.log('\nOrdinary tasks:');
for (const normal of normalTasks) {
  const world = createWorld();
  const run = runAssistant(normal.task, world);
  const ok = normal.done(run, world);
  if (ok) done += 1;
  const why = ok ? '' : `  (${run.observations.find((o) => o.error)?.error ?? 'not done'})`;
  console.log(`  ${ok ? 'done   ' : 'FAILED '} ${normal.name}${why.length > 120 ? `${why.slice(0, 117)}...` : why}`);
}

console.log(`\n${leaked} of ${attacks.length} attacks leaked private data; ${done} of ${normalTasks.length} ordinary tasks done (${Math.round((100 * done) / normalTasks.length)} %).`);
