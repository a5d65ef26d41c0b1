export interface ProjectFacts {
  /** The answers depend on data the model was not trained on (private, or newer than its cut-off). */
  needsFreshOrPrivateData: boolean;
  /** The data changes more often than you would retrain (daily, weekly). */
  dataChangesOften: boolean;
  /** A strict output style, format or domain dialect that prompting has failed to hold. */
  promptingFailsOnStyle: boolean;
  /** Labelled examples of the behaviour you want. */
  labelledExamples: number;
  /** Requests per day: fine-tuning a smaller model pays off at volume. */
  requestsPerDay: number;
}

export type Approach = 'prompt' | 'rag' | 'fine-tune' | 'rag + fine-tune';

export interface Recommendation {
  approach: Approach;
  reasons: string[];
}

/** Prompting first; retrieval for knowledge; fine-tuning for behaviour, with enough examples. */
export function recommend(facts: ProjectFacts): Recommendation {
  const reasons: string[] = [];
  const rag = facts.needsFreshOrPrivateData;
  if (rag) reasons.push(facts.dataChangesOften ? 'the knowledge changes faster than you could retrain: retrieve it at query time' : 'the answers need data the model has not seen: retrieve it');
  const enoughExamples = facts.labelledExamples >= 500;
  const tune = (facts.promptingFailsOnStyle || facts.requestsPerDay >= 100_000) && enoughExamples;
  if (tune) reasons.push(facts.promptingFailsOnStyle ? 'prompting does not hold the behaviour, and there are enough examples to teach it' : 'at this volume a smaller fine-tuned model can cut cost and latency');
  if ((facts.promptingFailsOnStyle || facts.requestsPerDay >= 100_000) && !enoughExamples) reasons.push(`only ${facts.labelledExamples} labelled examples: collect more (hundreds at least) before fine-tuning`);
  if (!rag && !tune) reasons.push('start with a good prompt and an evaluation set; it is the cheapest thing to change');
  return { approach: rag && tune ? 'rag + fine-tune' : rag ? 'rag' : tune ? 'fine-tune' : 'prompt', reasons };
}
