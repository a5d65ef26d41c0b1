// The corpus: the engineering handbook of Northwind Pay, a made-up payments company.
// Each passage has an id, which answers cite. It is written to hold what a real
// handbook holds: error codes and configuration keys that differ by a character or
// two, commands, and ordinary prose.
export interface Passage {
  id: string;
  text: string;
}

export const handbook: Passage[] = [
  { id: 'errors-e4012', text: 'Error E4012: the card issuer declined the payment. Cause: the card was reported lost or stolen. What to do: do not retry, and ask the customer for another card.' },
  { id: 'errors-e4013', text: "Error E4013: the card issuer declined the payment. Cause: the issuer's fraud check timed out. What to do: retry once after 30 seconds, then mark the payment for manual review." },
  { id: 'errors-e4014', text: 'Error E4014: the card issuer declined the payment. Cause: the card has expired. What to do: do not retry, and ask the customer to update the card.' },
  { id: 'errors-e4021', text: 'Error E4021: the payment was refused. Cause: the merchant account is suspended. What to do: no payment can be made until the account team lifts the suspension.' },
  { id: 'errors-e4031', text: "Error E4031: the payment was refused. Cause: the amount is over the merchant's limit for a single payment. What to do: split the payment, or ask the account team to raise the limit." },
  { id: 'errors-e5003', text: 'Error E5003: the payment was not recorded yet. Cause: the ledger database refused a write because a replica is lagging. What to do: nothing, the payments service retries it by itself for up to two minutes.' },
  { id: 'config-retry-budget', text: 'Setting retry_budget_ms: the total time a client may spend on one request, across all its attempts. Default: 8000 milliseconds.' },
  { id: 'config-retry-backoff', text: 'Setting retry_backoff_ms: the first delay between two attempts; each later delay doubles it, with full jitter. Default: 250 milliseconds.' },
  { id: 'config-retry-attempts', text: 'Setting retry_max_attempts: how many times a client may try one request, the first attempt included. Default: 4.' },
  { id: 'config-connect-timeout', text: 'Setting timeout_connect_ms: how long a client waits for a connection before it gives up. Default: 2000 milliseconds.' },
  { id: 'config-idempotency-ttl', text: 'Setting idempotency_ttl_hours: how long the API remembers an idempotency key and the response it gave. Default: 24 hours, and at most 72.' },
  { id: 'deploy-rollback', text: 'To roll back a release, run shipit revert with the service name. The previous release is restored within about two minutes, and the change log records who reverted it.' },
  { id: 'deploy-freeze', text: 'Deployments are frozen from Friday 16:00 until Monday 09:00, and for the whole of the last week of December. An urgent fix needs the approval of the on-call lead.' },
  { id: 'deploy-canary', text: 'A canary release sends 5% of the traffic to the new version for 30 minutes. It is promoted automatically when its error rate stays within 0.2 points of the stable version.' },
  { id: 'deploy-dry-run', text: 'The command shipit deploy --dry-run prints the plan: the services that change, the database migrations and the configuration diff, without deploying anything.' },
  { id: 'oncall-rota', text: 'The on-call rota changes every Tuesday at 10:00. Each shift has a primary and a secondary engineer; the secondary is paged after 10 minutes without acknowledgement.' },
  { id: 'oncall-escalation', text: 'When neither the primary nor the secondary acknowledges a page, it escalates to the engineering manager after 20 minutes.' },
  { id: 'incidents-sev1', text: 'A SEV1 is an outage of card payments for more than 5% of merchants, or any leak of customer data. Open an incident channel at once and page the incident commander.' },
  { id: 'incidents-postmortem', text: 'Every SEV1 and SEV2 gets a blameless postmortem within five working days, with action items that have owners and due dates.' },
  { id: 'certs-renewal', text: 'TLS certificates are renewed automatically 30 days before they expire. If a renewal fails twice, the platform team is paged.' },
  { id: 'secrets-rotation', text: 'API secrets are rotated every 90 days. A leaked secret is rotated at once with vault rotate, and the old one revoked.' },
  { id: 'db-migrations', text: 'Database migrations must stay backwards compatible for one release: add a column first, backfill it, and drop the old column only in a later release.' },
  { id: 'db-backups', text: 'The ledger database is backed up every hour and each backup is kept for 35 days. Restoring it to a point in time takes about 40 minutes.' },
  { id: 'rate-limits', text: 'The public API allows 100 requests per second for each merchant. Above that it answers 429 with a Retry-After header.' },
  { id: 'webhooks-retries', text: 'Webhooks that are not acknowledged are sent again with exponential backoff for up to three days. After that the event is marked failed and can be replayed from the dashboard.' },
  { id: 'webhooks-signatures', text: "Every webhook carries a Northwind-Signature header: an HMAC-SHA256 of the body, keyed with the endpoint's secret. Reject any webhook whose signature does not match." },
  { id: 'logging-pii', text: 'Logs must never contain card numbers or full names. The log pipeline masks anything that looks like a card number, but nobody should rely on it.' },
  { id: 'feature-flags', text: 'Feature flags live in the flags service. A flag older than 90 days raises a warning in the weekly report, so that it gets cleaned up.' },
  { id: 'access-prod', text: 'Access to production is granted for four hours at a time through the access portal, and every command typed is recorded.' },
  { id: 'cloud-tags', text: 'Every cloud resource needs three tags: team, service and environment. Untagged resources are deleted after 14 days.' },
  { id: 'latency-slo', text: "The payments API's latency objective is 300 milliseconds at the 99th percentile, measured over 28 days." },
  { id: 'payouts-schedule', text: 'Payouts to merchants run every day at 02:00 UTC. A payout that fails is tried again the next day, twice, before the merchant is emailed.' },
  { id: 'refunds-window', text: 'A refund can be issued up to 180 days after the payment. Partial refunds are allowed, but together they cannot exceed the original amount.' },
  { id: 'money-amounts', text: "Amounts are stored as integers in the currency's minor unit, such as cents for euros and dollars. Money is never stored as a floating-point number." },
  { id: 'events-topic', text: 'Payment events are published to the payments.events topic. Delivery is at least once, so every consumer must be idempotent.' },
  { id: 'settlement-backlog', text: 'When the settlement queue holds more than 10,000 messages, scale the settlement workers to 12 replicas and look for a stuck consumer.' },
];
