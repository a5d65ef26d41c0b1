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

export function recommend(facts: ProjectFacts): Recommendation {
  // TODO: encode the chapter's decision, each branch with a reason:
  //  - knowledge the model lacks (needsFreshOrPrivateData) → retrieval ("rag");
  //  - behaviour prompting cannot hold (promptingFailsOnStyle), or a volume of
  //    100,000+ requests a day, → fine-tuning, but only with 500+ labelled
  //    examples (otherwise say to collect more);
  //  - both → "rag + fine-tune"; neither → "prompt".
  return { approach: 'prompt', reasons: [] };
}
