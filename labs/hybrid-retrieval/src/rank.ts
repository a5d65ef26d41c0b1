/** One entry of a ranked list: a passage id and the score that put it there, best first. */
export interface Ranked {
  id: string;
  score: number;
}
