/** Runs the router through a bad afternoon: one chat request, three providers, two tenants. */
import { createBudgets } from './budget.ts';
import { createManualClock } from './clock.ts';
import { chatRequest, deployments } from './fixtures.ts';
import { adapters } from './providers.ts';
import { RefusedError } from './attempts.ts';
import { createRouter } from './router.ts';
import { createScriptedTransport } from './transport.ts';

function show(label: string, run: () => unknown): void {
  try {
    console.log(`${label}: ${run()}`);
  } catch (error) {
    console.log(`${label}: ${(error as Error).message}`);
  }
}

console.log('One request, three shapes:');
for (const deployment of Object.values(deployments)) {
  show(`  ${deployment.provider}`, () => adapters[deployment.provider].toRequest(chatRequest, deployment).url);
}

const clock = createManualClock();
// Bedrock is throttled, then has an outage; Vertex and Azure are fine.
const transport = createScriptedTransport({ bedrock: [429, 503, 503, 200] });
const router = createRouter({
  route: [deployments.bedrock, deployments.vertex, deployments.azure],
  transport: transport.send,
  budgets: createBudgets({ acme: 2_000, globex: 200 }),
  breaker: { failureThreshold: 3, cooldownMs: 30_000, clock },
});

async function ask(tenant: string, label: string): Promise<void> {
  try {
    const { result, attempts } = await router.send(tenant, chatRequest);
    const path = attempts.map((attempt) => (attempt.outcome === 'skipped' ? `${attempt.provider} skipped` : `${attempt.provider} ${attempt.status}`)).join(' → ');
    console.log(`${label} [${tenant}] ${path}: "${result.text}" (${result.usage.totalTokens} tokens from ${result.provider}); bedrock breaker ${router.breakerOf('bedrock').state()}`);
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    console.log(`${label} [${tenant}] ${error.message}`);
  }
}

console.log('\nA bad afternoon:');
await ask('acme', 't=0s  ');
await ask('acme', 't=0s  ');
await ask('acme', 't=0s  ');
await ask('acme', 't=0s  ');
clock.advance(30_000);
await ask('acme', 't=30s ');
await ask('globex', 't=30s ');
console.log(`\nRequests that reached a provider: ${transport.sent.length}`);
