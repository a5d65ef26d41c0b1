// Three parts of deploying an AI service, run on seeded, simulated time: a pod's probes through
// start-up, a provider outage, a stuck worker and shutdown; a queue-depth autoscaler through a
// burst; and a check of the lab's own Dockerfile.
import { readFileSync } from 'node:fs';
import { liveness, readiness, type ServiceState } from './probes.ts';
import { QueueAutoscaler } from './autoscaler.ts';
import { checkDockerfile, formatFindings } from './dockerfile-check.ts';
import { podTimeline, queueTrace } from './scenario.ts';

console.log('1. One pod, probed every 10 s (seconds since start: live / ready, and why not)');
for (const moment of podTimeline) {
  const state: ServiceState = moment.state;
  const live = liveness(state, moment.atMs);
  const ready = readiness(state, moment.atMs);
  const why = [...new Set([...live.reasons, ...ready.reasons])].join('; ');
  console.log(`  t=${String(moment.atMs / 1000).padStart(3)} s  ${moment.label.padEnd(24)} live ${live.ok ? 'yes' : 'NO '}  ready ${ready.ok ? 'yes' : 'NO '}${why ? `  (${why})` : ''}`);
}

console.log('\n2. Queue-depth autoscaling, target 30 jobs a replica, min 2, max 20, sync every 15 s');
const autoscaler = new QueueAutoscaler();
let replicas = 4;
let holding = false;
for (const [index, queueDepth] of queueTrace.entries()) {
  const decision = autoscaler.step(index * 15, replicas, queueDepth);
  const held = decision.replicas !== decision.recommended;
  // Print the changes, and the first pass of each stretch where the window overrules the formula.
  if (decision.replicas !== replicas || (held && !holding) || index === 0) {
    const note = held ? `  (the formula says ${decision.recommended}; the window keeps ${decision.replicas})` : '';
    console.log(`  t=${String(index * 15).padStart(3)} s  queue ${String(queueDepth).padStart(3)}  replicas ${replicas} → ${decision.replicas}${note}`);
  }
  holding = held;
  replicas = decision.replicas;
}
console.log(`  after ${(queueTrace.length - 1) * 15} s: ${replicas} replica${replicas === 1 ? '' : 's'}`);

console.log('\n3. The lab\'s Dockerfile');
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
console.log(formatFindings(checkDockerfile(dockerfile)).replace(/^/gm, '  '));
