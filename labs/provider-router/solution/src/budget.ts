/**
 * Per-tenant token budgets. A request is admitted only if its worst case (the input estimate plus
 * every output token it may write) still fits in what the tenant has left; after the answer, the
 * tenant is charged what the provider reported.
 */
export interface Budgets {
  /** Why this request must be refused, or null if it may be sent. */
  refusal(tenant: string, worstCaseTokens: number): string | null;
  charge(tenant: string, tokens: number): void;
  spent(tenant: string): number;
}

export function createBudgets(limits: Record<string, number>): Budgets {
  for (const [tenant, limit] of Object.entries(limits)) {
    if (!Number.isInteger(limit) || limit < 0) throw new Error(`createBudgets: the limit of tenant "${tenant}" must be a whole number of tokens, not ${limit}.`);
  }
  const spentBy = new Map<string, number>();
  const spent = (tenant: string) => spentBy.get(tenant) ?? 0;
  return {
    spent,
    charge(tenant, tokens) {
      spentBy.set(tenant, spent(tenant) + tokens);
    },
    refusal(tenant, worstCaseTokens) {
      const limit = limits[tenant];
      if (limit === undefined) return `tenant "${tenant}" has no budget`;
      const left = limit - spent(tenant);
      if (worstCaseTokens > left) return `tenant "${tenant}" has ${left} of ${limit} tokens left; this request may use ${worstCaseTokens}`;
      return null;
    },
  };
}
