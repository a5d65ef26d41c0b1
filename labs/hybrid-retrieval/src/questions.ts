// Labelled questions for the handbook: each answerable one names the passage that
// answers it. The kinds say what each retriever should find hard:
//   exact      a rare identifier (an error code, a setting, a flag): words match exactly;
//   fuzzy      a typo or another form of a word ("deploymnet", "canaries"): spellings are close;
//   plain      shares ordinary words with its passage: both should find it;
//   paraphrase shares only meaning: neither lexical method should, which is what real
//              embedding models are for (the kit's offline vectors are not one).
export type QuestionKind = 'exact' | 'fuzzy' | 'plain' | 'paraphrase';

export interface LabelledQuestion {
  question: string;
  kind: QuestionKind;
  /** The id of the passage that answers it. */
  relevant: string;
}

export const questions: LabelledQuestion[] = [
  { kind: 'exact', question: 'What should I do about error E4013?', relevant: 'errors-e4013' },
  { kind: 'exact', question: 'What causes error E4014?', relevant: 'errors-e4014' },
  { kind: 'exact', question: 'Why was a payment refused with E4031?', relevant: 'errors-e4031' },
  { kind: 'exact', question: 'Is a payment that failed with E5003 retried?', relevant: 'errors-e5003' },
  { kind: 'exact', question: 'What is the default of retry_max_attempts?', relevant: 'config-retry-attempts' },
  { kind: 'exact', question: 'What is the default of retry_backoff_ms?', relevant: 'config-retry-backoff' },
  { kind: 'exact', question: 'Which header carries the HMAC-SHA256 of a webhook?', relevant: 'webhooks-signatures' },
  { kind: 'exact', question: 'Is delivery on payments.events exactly once?', relevant: 'events-topic' },
  { kind: 'fuzzy', question: 'certficate renewel', relevant: 'certs-renewal' },
  { kind: 'fuzzy', question: 'deploymnet freezes on fridays', relevant: 'deploy-freeze' },
  { kind: 'fuzzy', question: 'retrying unacknowledgd webhook deliveries', relevant: 'webhooks-retries' },
  { kind: 'fuzzy', question: 'idempotancy keys expiring', relevant: 'config-idempotency-ttl' },
  { kind: 'fuzzy', question: 'migrating databases backward compatibly', relevant: 'db-migrations' },
  { kind: 'fuzzy', question: 'how canaries get promotd', relevant: 'deploy-canary' },
  { kind: 'fuzzy', question: 'tag requirments for resorces', relevant: 'cloud-tags' },
  { kind: 'plain', question: 'How long does restoring the ledger database take?', relevant: 'db-backups' },
  { kind: 'plain', question: 'What share of the traffic does a canary release get?', relevant: 'deploy-canary' },
  { kind: 'plain', question: 'When does the on-call rota change?', relevant: 'oncall-rota' },
  { kind: 'plain', question: 'How many requests per second does the public API allow?', relevant: 'rate-limits' },
  { kind: 'plain', question: 'How long after a payment can a refund be issued?', relevant: 'refunds-window' },
  { kind: 'plain', question: 'What is the latency objective of the payments API?', relevant: 'latency-slo' },
  { kind: 'plain', question: 'How often are API secrets rotated?', relevant: 'secrets-rotation' },
  { kind: 'paraphrase', question: 'Who gets woken up when nobody answers the alert?', relevant: 'oncall-escalation' },
  { kind: 'paraphrase', question: 'Can I ship code on a Saturday?', relevant: 'deploy-freeze' },
  { kind: 'paraphrase', question: 'How should prices be saved to avoid rounding errors?', relevant: 'money-amounts' },
];

/** Questions the handbook cannot answer: the only right reply is to abstain. */
export const unanswerable: string[] = [
  'What is the parental leave policy?',
  'How do I book a meeting room?',
  'Which laptop do new engineers get?',
  'What was the share price at the last close?',
  'How do I submit travel expenses?',
];
