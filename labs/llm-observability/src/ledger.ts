// A cost ledger from spans: every model call priced from the usage it recorded, added up per
// request (a trace) and per tenant (the tenant.id on the trace's root span).
import { chatSpans, rootsByTrace, type Span } from './tracer.ts';
import { callCostUsd, type PriceAs } from './call-cost.ts';

/** Where a call's cost goes when its trace says nothing about the tenant. */
export const unattributed = '(unattributed)';

export interface RequestCost {
  tenant: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
}

export interface Ledger {
  requests: Record<string, RequestCost>;
  tenants: Record<string, number>;
  totalUsd: number;
}

export function costLedger(spans: Span[], priceAs: PriceAs = {}): Ledger {
  const ledger: Ledger = { requests: {}, tenants: {}, totalUsd: 0 };
  for (const span of chatSpans(spans)) {
    ledger.totalUsd += callCostUsd(span, priceAs);
    // TODO: add the call to its request (ledger.requests[span.traceId]: tenant, calls, tokens,
    // usd) and to its tenant (ledger.tenants), where the tenant is the tenant.id attribute on
    // the trace's root span (rootsByTrace). A trace without one goes to `unattributed`: a cost
    // that is dropped from the ledger is a cost nobody is asked about.
  }
  return ledger;
}
