// The labelled question set: questions a reader of the book might ask, each with the
// chapter (source) and heading that answer it, and a short passage copied word for word
// from that section (evidence). A retrieved chunk answers the question when it contains
// the whole evidence; half of it is not an answer.
export interface LabelledQuestion {
  question: string;
  /**
   * "passage": the question shares words with the passage that answers it.
   * "context": it names the chapter or the section (the cost lab, fine-tuning in production)
   * while the passage itself is worded like its neighbours in other chapters.
   */
  kind: 'passage' | 'context';
  source: string;
  heading: string;
  evidence: string;
}

export const questions: LabelledQuestion[] = [
  { kind: 'passage', question: 'Why is a cosine of 0.8 between two embeddings not proof that they are similar?', source: 'embeddings.md', heading: 'Measuring closeness', evidence: 'their vectors crowd into a narrow cone' },
  { kind: 'passage', question: 'How much storage does a million 1,536-dimension float32 vectors need?', source: 'embeddings.md', heading: 'What the vectors cost to store', evidence: 'a million chunks is about 6.1 GB before any index overhead' },
  { kind: 'passage', question: 'What does recall@k measure?', source: 'embeddings.md', heading: 'Measuring retrieval: recall@k', evidence: 'the share of queries whose expected document appears among the top k results' },
  { kind: 'passage', question: 'What must I do with the stored vectors after switching to a new embedding model?', source: 'embeddings.md', heading: 'Checkpoint questions', evidence: 'Re-embed every document with the new model' },
  { kind: 'passage', question: 'When does keyword search do better than embeddings?', source: 'embeddings.md', heading: 'Where lexical and semantic similarity part ways', evidence: 'Error codes, part numbers and names are where lexical search is strongest' },
  { kind: 'passage', question: 'How does the cl100k tokenizer split the number 2026?', source: 'tokens-and-sampling.md', heading: 'Pre-tokenization: the split before the merges', evidence: '2026 becomes `202` and `6`' },
  { kind: 'passage', question: 'Why does text in some languages need more tokens than English?', source: 'tokens-and-sampling.md', heading: 'A worked example: two tokenizers, one sentence', evidence: 'some languages took up to 15 times as many tokens as English' },
  { kind: 'passage', question: 'Which tokens does nucleus sampling (top-p) keep?', source: 'tokens-and-sampling.md', heading: 'Choosing the next token', evidence: 'keeps the smallest set of most likely tokens whose probabilities add up to at least p' },
  { kind: 'passage', question: 'Does setting a seed make a hosted model reproducible?', source: 'tokens-and-sampling.md', heading: 'Seeds and determinism', evidence: 'even temperature 0 with a seed is at best "mostly reproducible"' },
  { kind: 'passage', question: 'What happens when a conversation no longer fits in the context window?', source: 'tokens-and-sampling.md', heading: 'The context window', evidence: 'gets silently truncated by a framework that drops the oldest messages' },
  { kind: 'passage', question: 'Why do output tokens cost more than input tokens?', source: 'cost-curve.md', heading: 'Why output costs more', evidence: 'Decoding is limited by memory bandwidth, not by arithmetic' },
  { kind: 'passage', question: 'Are the reasoning tokens of a thinking model billed?', source: 'cost-curve.md', heading: 'Reasoning tokens', evidence: 'They are billed at the output price and they count against your output limit' },
  { kind: 'passage', question: 'How long must a prompt be before OpenAI caches it?', source: 'cost-curve.md', heading: 'The levers, applied one after another', evidence: 'OpenAI caches a prompt automatically once it is 1,024 tokens or longer' },
  { kind: 'passage', question: 'How much cheaper is a batch API?', source: 'cost-curve.md', heading: 'What moves the curve', evidence: 'Half price at OpenAI, Anthropic and Google' },
  { kind: 'passage', question: 'What does an internal tool used by a couple of hundred people cost a month?', source: 'cost-curve.md', heading: 'Cost per user, not per call', evidence: 'An internal tool used by 200 people ten times a day' },
  { kind: 'passage', question: 'What state does a streaming parser need to keep between network chunks?', source: 'talking-to-models.md', heading: 'The trap: the network does not respect your lines', evidence: 'The correct parser has three pieces of state' },
  { kind: 'passage', question: 'What does an HTTP 429 from a model provider mean?', source: 'talking-to-models.md', heading: 'When calls fail', evidence: 'Rate limited: too many requests or tokens per minute' },
  { kind: 'passage', question: 'What is full jitter in a retry delay?', source: 'talking-to-models.md', heading: 'Backoff with jitter', evidence: 'pick the actual delay at random between zero and that ceiling' },
  { kind: 'passage', question: 'Should I retry a stream that broke after the user saw the start of the answer?', source: 'talking-to-models.md', heading: 'Never retry what the user has already seen', evidence: 'A retry is safe only while nothing has been delivered' },
  { kind: 'passage', question: 'How do I combine a timeout with the user pressing Stop?', source: 'talking-to-models.md', heading: 'Timeouts and cancellation', evidence: "combines it with the user's own signal" },
  { kind: 'passage', question: 'What goes wrong when the SDK, the HTTP client and the job queue all retry?', source: 'talking-to-models.md', heading: 'Backoff with jitter', evidence: 'one failing call can become 4 × 4 × 4 = 64 requests' },
  { kind: 'passage', question: 'Does full fine-tuning of a 7B model fit on one 80 GB GPU?', source: 'prompt-retrieve-fine-tune.md', heading: 'Full fine-tuning', evidence: 'the 112 GB is more than an 80 GB data-centre GPU holds' },
  { kind: 'passage', question: 'How many trainable parameters does rank-8 LoRA add to Llama 2 7B?', source: 'prompt-retrieve-fine-tune.md', heading: 'LoRA: train a small correction', evidence: '4,194,304 trainable parameters: 0.06% of the model' },
  { kind: 'passage', question: 'How does QLoRA fit a 65B model on a single GPU?', source: 'prompt-retrieve-fine-tune.md', heading: 'QLoRA: quantise the frozen base too', evidence: 'stores the frozen base in a 4-bit format' },
  { kind: 'passage', question: 'Can fine-tuning teach a model new facts?', source: 'prompt-retrieve-fine-tune.md', heading: 'Why fine-tuning is a poor way to add facts', evidence: 'unreliable at teaching *what is true*' },
  { kind: 'passage', question: 'How should the model version be recorded for an AI service?', source: 'ci-cd-evals.md', heading: 'What belongs in Git', evidence: 'Pin dated snapshot ids in a file in the repository' },
  { kind: 'passage', question: 'How wide should the tolerance of an evaluation gate be?', source: 'ci-cd-evals.md', heading: 'Noise, examples and tolerance', evidence: 'A tolerance of 4 points (two examples) absorbs that noise' },
  { kind: 'passage', question: 'Can the evaluation use my API key on pull requests from forks?', source: 'ci-cd-evals.md', heading: 'The gate in GitHub Actions', evidence: 'GitHub does not pass repository secrets, other than a read-only `GITHUB_TOKEN`' },
  { kind: 'passage', question: 'Why gate each category and not only the overall accuracy?', source: 'ci-cd-evals.md', heading: 'Gate per category, not only on the average', evidence: 'An average can hold steady while one slice of the traffic collapses' },
  { kind: 'passage', question: "What goes in a lab's manifest file?", source: 'writing-a-lab.md', heading: 'A lab is a real npm project', evidence: 'The manifest: title, stage, one-line summary, minutes, entry file' },
  { kind: 'passage', question: 'Which Node built-in modules can a lab use in the page?', source: 'writing-a-lab.md', heading: 'What runs in the page', evidence: 'The Node built-ins are `node:assert`' },
  { kind: 'passage', question: 'Which command scaffolds a new lab?', source: 'writing-a-lab.md', heading: 'Start from the scaffold', evidence: 'npm run new-lab -- token-budget' },
  { kind: 'passage', question: 'How do I write display maths in a chapter?', source: 'writing-a-chapter.md', heading: 'Maths', evidence: 'on lines of its own, with a blank line before and after' },
  { kind: 'passage', question: 'Where does the Answer component go under a checkpoint question?', source: 'writing-a-chapter.md', heading: 'Checkpoint questions and their answers', evidence: 'put an `<Answer>` on the line under each question' },
  { kind: 'passage', question: 'What should a note on departing from the article say?', source: 'writing-a-chapter.md', heading: 'Where the book departs from the article', evidence: 'say what the article says (quote a few words at most)' },
  { kind: 'context', question: 'What can the embeddings lab not show?', source: 'embeddings.md', heading: 'What the lab does not show', evidence: 'They capture shared spelling, not meaning' },
  { kind: 'context', question: 'What does the cost curve lab leave out?', source: 'cost-curve.md', heading: 'What the lab does not show', evidence: 'the reasoning lever is a number you set, not something you observe' },
  { kind: 'context', question: 'What can the streaming client lab not show?', source: 'talking-to-models.md', heading: 'What the lab does not show', evidence: 'The stand-in provider fails exactly when its script says so' },
  { kind: 'context', question: 'What does the tokens and sampling lab leave out?', source: 'tokens-and-sampling.md', heading: 'What the lab does not show', evidence: 'The toy tokenizer learns ten merges from one line of text' },
  { kind: 'context', question: 'What can the fine-tuning lab not show?', source: 'prompt-retrieve-fine-tune.md', heading: 'What the lab does not show', evidence: 'The lab is arithmetic and rules, not training' },
  { kind: 'context', question: 'What does the CI/CD evaluation gate lab leave out?', source: 'ci-cd-evals.md', heading: 'What the lab does not show', evidence: "The lab's classifier runs on the stand-in model with keyword rules" },
  { kind: 'context', question: 'How does embedding retrieval fail in production?', source: 'embeddings.md', heading: 'How this fails in production', evidence: 'Documents embedded with one model and queries with another' },
  { kind: 'context', question: 'How do cost estimates fail in production?', source: 'cost-curve.md', heading: 'How this fails in production', evidence: 'Price the loop, not the step' },
  { kind: 'context', question: 'How do tokens and sampling settings fail in production?', source: 'tokens-and-sampling.md', heading: 'How this fails in production', evidence: 'A budget computed with one encoding overflows a model with a different one' },
  { kind: 'context', question: 'How does fine-tuning fail in production?', source: 'prompt-retrieve-fine-tune.md', heading: 'How this fails in production', evidence: 'The model learns the tone of the documents and half of their facts' },
  { kind: 'context', question: 'How do CI/CD and deployment of AI services fail in production?', source: 'ci-cd-evals.md', heading: 'How this fails in production', evidence: 'The provider points a name at a new snapshot' },
  { kind: 'context', question: 'How does API integration and streaming fail in production?', source: 'talking-to-models.md', heading: 'How this fails in production', evidence: 'A naive stream parser passes every local test' },
  { kind: 'context', question: 'What are the learning goals of the cost curve chapter?', source: 'cost-curve.md', heading: 'Learning goals', evidence: 'turn that into a monthly cost and a cost per active user' },
  { kind: 'context', question: 'What are the learning goals of the tokens and sampling chapter?', source: 'tokens-and-sampling.md', heading: 'Learning goals', evidence: 'account for what fills a context window, and budget it' },
  { kind: 'context', question: 'What are the learning goals of the CI/CD chapter?', source: 'ci-cd-evals.md', heading: 'Learning goals', evidence: 'size a tolerance so that noise does not fail builds and real regressions do' },
];
