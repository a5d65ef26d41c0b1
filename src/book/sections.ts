// The book's sections, in reading order. The sidebar, the home-page roadmap and
// the PDF export all read this list, so the order lives in one place.
export interface BookSection {
  /** Folder under src/content/docs/ holding the section's chapters. */
  dir: string;
  /** Sidebar group label. */
  label: string;
  /** The value of the search filter for pages of this section. */
  filterLabel: string;
}

export interface Stage {
  number: 1 | 2 | 3;
  dir: string;
  name: string;
  months: string;
  topics: string[];
}

export const stages: Stage[] = [
  {
    number: 1,
    dir: 'stage-1-foundation',
    name: 'Foundation',
    months: 'months 1–3',
    topics: ['API integration and streaming', 'Tokens, embeddings, attention', 'Prompt, retrieve or fine-tune', 'Git, CI/CD and deployment'],
  },
  {
    number: 2,
    dir: 'stage-2-core',
    name: 'Core AI Engineering',
    months: 'months 3–8',
    topics: ['Prompting and structured outputs', 'Retrieval-augmented generation', 'Vector databases', 'Orchestration and evaluation'],
  },
  {
    number: 3,
    dir: 'stage-3-production',
    name: 'Production and Scale',
    months: 'months 8–14',
    topics: ['Agents, tools and MCP', 'Inference optimisation', 'Observability and cloud AI', 'Security and guardrails'],
  },
];

export const stageLabel = (stage: Stage): string =>
  `Stage ${stage.number} — ${stage.name} (${stage.months})`;

const section = (dir: string, label: string): BookSection => ({ dir, label, filterLabel: label });

export const sections: BookSection[] = [
  section('start-here', 'Start here'),
  ...stages.map((stage) => ({ dir: stage.dir, label: stageLabel(stage), filterLabel: `Stage ${stage.number} — ${stage.name}` })),
  section('tool-stack', 'The tool stack'),
  section('beyond', 'Beyond the stages'),
  section('capstones', 'Portfolio capstones'),
  section('contributing', 'Contributing'),
];

/** The sections after the stages, on the home map beside them; a lab's "stage" may name one instead of a stage. */
export const labSectionsBeyondStages = ['tool-stack', 'beyond', 'capstones'] as const;

/** The section a docs entry id ("stage-1-foundation/cost-curve") belongs to. */
export const sectionOf = (id: string): BookSection | undefined => sections.find((candidate) => id.startsWith(`${candidate.dir}/`));
