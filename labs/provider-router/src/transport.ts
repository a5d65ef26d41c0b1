/**
 * A scripted stand-in for the network. Each provider answers with the next status in its script
 * (200 when the script runs out), and 200 answers carry the recorded response from src/fixtures.ts.
 * It records every request it was sent, so tests can see what never left the building.
 */
import { recordedResponses } from './fixtures.ts';
import type { ProviderName, ProviderRequest, ProviderResponse } from './types.ts';

export type Transport = (request: ProviderRequest) => Promise<ProviderResponse>;

export function createScriptedTransport(script: Partial<Record<ProviderName, number[]>> = {}) {
  const queues = new Map(Object.entries(script).map(([provider, statuses]) => [provider, [...statuses]]));
  const sent: ProviderRequest[] = [];
  const send: Transport = async (request) => {
    sent.push(request);
    const status = queues.get(request.provider)?.shift() ?? 200;
    if (status === 200) return { status, body: recordedResponses[request.provider] };
    return { status, body: { error: { code: status, message: `scripted ${status} from ${request.provider}` } } };
  };
  return { send, sent };
}
