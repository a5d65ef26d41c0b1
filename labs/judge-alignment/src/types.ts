/** A grader's binary verdict on one trace. */
export type Verdict = 'pass' | 'fail';

/** A help-centre page the retriever can return. */
export interface Doc {
  id: string;
  title: string;
  text: string;
}

/** The failure categories that axial coding grouped the reviewer's notes into. */
export type FailureCategory =
  | 'hallucinated-detail'
  | 'missed-handoff'
  | 'irrelevant-context'
  | 'missing-citation'
  | 'too-long'
  | 'needless-handoff';

/** What the domain expert wrote about one trace. */
export interface HumanLabel {
  verdict: Verdict;
  /** The open code: a free-form note on the first thing that went wrong (failures only). */
  note?: string;
  /** The axial code: the category the note was grouped into (failures only). */
  category?: FailureCategory;
}

/** One run of the assistant: the question, what retrieval returned, the answer, and the human label. */
export interface Trace {
  id: string;
  /** The prompt version that produced the answer. */
  version: 'v1' | 'v2';
  /** Tune the judge on "dev"; measure it on "test" once you are done. */
  split: 'dev' | 'test';
  question: string;
  context: Doc[];
  answer: string;
  human: HumanLabel;
}
