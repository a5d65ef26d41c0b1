import { streamChat } from './client.ts';
import { createFakeProvider } from './fake-provider.ts';

// By default the lab talks to a stand-in provider that first answers 429 with
// Retry-After: 1, then 503, then streams. With LAB_PROVIDER=openai-compatible it calls a real
// endpoint: LAB_BASE_URL (default https://api.openai.com/v1), LAB_MODEL, LAB_API_KEY.
// LAB_FORMAT=responses speaks the Responses API (POST …/responses) instead of Chat Completions.
const env = process.env;
const real = env.LAB_PROVIDER === 'openai-compatible';
const format = env.LAB_FORMAT === 'responses' ? 'responses' : 'chat-completions';
const standIn = createFakeProvider([
  { status: 429, retryAfterSeconds: 1 },
  { status: 503 },
  { status: 200, deltas: ['Streaming ', 'lets ', 'users ', 'read ', 'the ', 'answer ', 'while ', 'it ', 'is ', 'written.'], delayMs: 30 },
]);

console.log(real ? `Calling ${env.LAB_MODEL} at ${env.LAB_BASE_URL ?? 'https://api.openai.com/v1'}…` : 'Calling the stand-in provider (it fails twice on purpose)…');
const result = await streamChat({
  url: `${real ? (env.LAB_BASE_URL ?? 'https://api.openai.com/v1') : 'https://stand-in.invalid/v1'}/${format === 'responses' ? 'responses' : 'chat/completions'}`,
  format,
  model: real ? (env.LAB_MODEL ?? 'gpt-6-luna') : 'stand-in',
  messages: [{ role: 'user', content: 'In one sentence: why stream model output?' }],
  ...(real ? (env.LAB_API_KEY ? { apiKey: env.LAB_API_KEY } : {}) : { fetch: standIn.fetch }),
  timeoutMs: 10_000,
  maxRetries: 3,
  backoff: { baseMs: 200, maxMs: 2_000 },
  maxRetryAfterMs: 5_000,
  onRetry: ({ attempt, reason, delayMs }) => console.log(`  retry ${attempt}: ${reason}; waiting ${delayMs} ms`),
  onDelta: (text) => process.stdout.write(text),
});
console.log(`\n\nDone after ${result.attempts} attempt(s).${result.usage ? ` Usage: ${result.usage.inputTokens} input + ${result.usage.outputTokens} output tokens.` : ''}`);
