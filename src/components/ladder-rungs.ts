// The career ladder's rungs and the evidence in this book for each (beyond/career-ladder).
// Labs are named by slug and resolved to their chapter at build time; a chapter without a
// lab is named by its path and counts when the learner marks it as done.
export interface RungSource {
  id: string;
  name: string;
  after?: string;
  /** What the book cannot give: evidence only work produces. */
  beyondTheBook: string;
  labs?: string[];
  chapters?: string[];
}

export const ladderRungs: RungSource[] = [
  {
    id: 'augmented',
    name: 'AI-augmented software engineer',
    beyondTheBook: 'One model-backed feature shipped in your day job, with its cost per request known.',
    labs: ['typed-endpoint', 'streaming-client', 'tokens-and-sampling', 'cost-curve', 'eval-gate'],
  },
  {
    id: 'ai-engineer',
    name: 'AI engineer',
    after: 'augmented',
    beyondTheBook: 'A retrieval or extraction system that real users rely on, with an evaluation set you built from their traffic.',
    labs: ['embeddings-search', 'structured-extraction', 'rag-chunking', 'hybrid-retrieval', 'pgvector-search', 'context-assembler', 'judge-alignment'],
  },
  {
    id: 'senior-staff',
    name: 'Senior and staff AI engineer',
    after: 'ai-engineer',
    beyondTheBook: 'An incident you led, a design other teams adopted, and engineers you raised.',
    labs: ['agent-loop', 'mcp-server', 'agent-evals', 'llm-observability', 'injection-defence', 'semantic-cache', 'support-graph'],
  },
  {
    id: 'manager',
    name: 'AI engineering manager',
    after: 'senior-staff',
    beyondTheBook: 'A team you hired, a roadmap you defended, and people who grew under you. No book can stand in for these.',
    labs: ['python-bridge'],
    chapters: ['/start-here/what-an-ai-engineer-is/', '/beyond/degree-question/'],
  },
  {
    id: 'architect',
    name: 'AI architect',
    after: 'senior-staff',
    beyondTheBook: 'Platform decisions several teams build on, written up, and revisited when they proved wrong.',
    labs: ['prompt-rag-finetune', 'causal-attention', 'serving-simulator', 'provider-router', 'langchain-pipeline'],
  },
];
