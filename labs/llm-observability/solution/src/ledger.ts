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
  const roots = rootsByTrace(spans);
  const ledger: Ledger = { requests: {}, tenants: {}, totalUsd: 0 };
  for (const span of chatSpans(spans)) {
    const usd = callCostUsd(span, priceAs);
    const tenantId = roots.get(span.traceId)?.attributes['tenant.id'];
    const tenant = typeof tenantId === 'string' ? tenantId : unattributed;
    const request = (ledger.requests[span.traceId] ??= { tenant, calls: 0, inputTokens: 0, outputTokens: 0, usd: 0 });
    request.calls += 1;
    request.inputTokens += span.attributes['gen_ai.usage.input_tokens'] as number;
    request.outputTokens += span.attributes['gen_ai.usage.output_tokens'] as number;
    request.usd += usd;
    ledger.tenants[tenant] = (ledger.tenants[tenant] ?? 0) + usd;
    ledger.totalUsd += usd;
  }
  return ledger;
}
