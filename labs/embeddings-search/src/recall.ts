/** recall@k: the share of queries whose expected document is among their top k results. */
export function recallAtK(results: Array<{ expected: string; retrieved: string[] }>, k: number): number {
  // TODO: count the queries whose expected id appears in the first k retrieved
  // ids, and divide by the number of queries (0 when there are none).
  return 0;
}
