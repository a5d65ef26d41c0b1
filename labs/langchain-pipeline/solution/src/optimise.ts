// A DSPy-style optimiser in the manner of BootstrapFewShotWithRandomSearch: it
// never touches the prompt's wording, only which examples the prompt shows, and
// it decides by measuring on the training split alone.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { accuracy } from './evaluate.ts';
import { buildPipeline } from './pipeline.ts';
import { seededShuffle } from './random.ts';
import type { Example } from './tickets.ts';

export interface OptimiseOptions {
  /** At most this many demos the program got right on its own (bootstrapped). */
  maxBootstrapped: number;
  /** At most this many demos taken as they are from the labelled training examples. */
  maxLabeled: number;
  /** How many random demo sets to try, besides no demos at all. */
  candidates: number;
  seed: number;
}

export interface Optimised {
  /** The winning demos, to pass to buildPipeline. */
  demos: Example[];
  /** The winner's accuracy on the training examples that are not among its demos. */
  score: number;
  /** Every candidate's score, the zero-shot one first. */
  scores: number[];
}

export const defaultOptions: OptimiseOptions = { maxBootstrapped: 4, maxLabeled: 12, candidates: 8, seed: 1 };

/**
 * Chooses the few-shot demos for buildPipeline, from `trainset` only:
 *
 * 1. Bootstrap: run the program with no demos over the training set, and keep the
 *    examples it already gets right (in DSPy these are traces: for a one-step
 *    program, the input and the model's own verified output).
 * 2. Candidates: candidate 0 has no demos. Candidate c (1…options.candidates)
 *    takes up to maxBootstrapped of the bootstrapped examples, shuffled with seed
 *    options.seed + c, then up to maxLabeled of the other training examples,
 *    shuffled with the same seed.
 * 3. Score each candidate's pipeline with `accuracy` on the training examples that
 *    are not among its demos (an example cannot teach itself), and return the
 *    best; on a tie, the earlier candidate.
 */
export async function bootstrapFewShot(model: BaseChatModel, trainset: Example[], options: OptimiseOptions = defaultOptions): Promise<Optimised> {
  const zeroShot = buildPipeline(model, []);
  const answers = await zeroShot.batch(
    trainset.map((example) => ({ ticket: example.ticket })),
    { maxConcurrency: 4 },
    { returnExceptions: true },
  );
  const bootstrapped = trainset.filter((example, index) => answers[index] === example.label);

  const candidates: Example[][] = [[]];
  for (let c = 1; c <= options.candidates; c++) {
    const seed = options.seed + c;
    const verified = seededShuffle(bootstrapped, seed).slice(0, options.maxBootstrapped);
    const labeled = seededShuffle(trainset.filter((example) => !verified.includes(example)), seed).slice(0, options.maxLabeled);
    candidates.push([...verified, ...labeled]);
  }

  let best: Optimised = { demos: [], score: -1, scores: [] };
  const scores: number[] = [];
  for (const demos of candidates) {
    const validation = trainset.filter((example) => !demos.includes(example));
    const score = await accuracy(buildPipeline(model, demos), validation);
    scores.push(score);
    if (score > best.score) best = { demos, score, scores };
  }
  return { ...best, scores };
}
