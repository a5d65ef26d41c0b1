/** Words that carry no topic, left out of both questions and passages. */
const stopWords = new Set(
  'a an and are as at be by can do does for from get how i in is it my of on or should that the this to what when which who why with'.split(' '),
);

/**
 * The words BM25 compares: lower-cased runs of letters and digits, with "_", "." and "-"
 * kept inside a word so that identifiers stay whole (retry_budget_ms, payments.events,
 * HMAC-SHA256), and stop words removed. No stemming: "deployments" is not "deployment".
 */
export const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)*/gu) ?? []).filter((word) => !stopWords.has(word));
