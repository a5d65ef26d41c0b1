import { seededRandom } from '@ai-roadmap/kit';
import type { WorkloadModel } from './model.ts';

export interface Request {
  id: number;
  /** Seconds from the start of the run. */
  arrival: number;
  promptTokens: number;
  outputTokens: number;
}

export function makeRequests(model: WorkloadModel): Request[] {
  const random = seededRandom(model.seed);
  const requests: Request[] = [];
  let clock = 0;
  for (let id = 0; id < model.requests; id++) {
    clock += -Math.log(1 - random()) / model.arrivalsPerSecond;
    const span = model.promptTokens.max - model.promptTokens.min;
    const promptTokens = model.promptTokens.min + Math.floor(random() * (span + 1));
    const drawn = Math.ceil(-Math.log(1 - random()) * model.meanOutputTokens);
    const outputTokens = Math.min(model.maxOutputTokens, Math.max(1, drawn));
    requests.push({ id, arrival: clock, promptTokens, outputTokens });
  }
  return requests;
}
