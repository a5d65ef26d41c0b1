/** recall@k: the share of queries whose expected document is among their top k results. */
export function recallAtK(results: Array<{ expected: string; retrieved: string[] }>, k: number): number {
  if (results.length === 0) return 0;
  const found = results.filter(({ expected, retrieved }) => retrieved.slice(0, k).includes(expected)).length;
  return found / results.length;
}
