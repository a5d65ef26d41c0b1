// Reads the lab's Dockerfile and checks the rules a production image keeps. It reads text; it
// does not build the image or know what a base image sets.

export interface DockerInstruction {
  keyword: string;
  args: string;
  /** The line the instruction starts on, from 1. */
  line: number;
}

export interface DockerStage {
  name: string;
  base: string;
  instructions: DockerInstruction[];
}

export type DockerRule = 'multi-stage' | 'pinned-base' | 'non-root' | 'healthcheck' | 'no-secrets' | 'production-install';

export interface DockerProblem {
  rule: DockerRule;
  /** Where to look, or null when something is missing. */
  line: number | null;
  message: string;
}

/** Instructions with comments and blank lines dropped and "\" continuations joined. */
export function readInstructions(text: string): DockerInstruction[] {
  const found: DockerInstruction[] = [];
  let parts: string[] = [];
  let firstLine = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (parts.length === 0) firstLine = index + 1;
    parts.push(line.replace(/\\$/, '').trim());
    if (line.endsWith('\\')) continue;
    const [keyword = '', ...rest] = parts.join(' ').split(/\s+/);
    found.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: firstLine });
    parts = [];
  }
  return found;
}

export function readStages(text: string): DockerStage[] {
  const stages: DockerStage[] = [];
  for (const instruction of readInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const [base = '', as, name] = instruction.args.replace(/--platform=\S+\s*/, '').split(/\s+/);
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : `stage ${stages.length}`, base, instructions: [instruction] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const secretLike = /(KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL)/i;

/** Every rule the Dockerfile breaks; empty when it keeps them all. */
export function checkImage(text: string): DockerProblem[] {
  const stages = readStages(text);
  const final = stages.at(-1);
  if (!final) return [{ rule: 'multi-stage', line: null, message: 'no FROM line: this is not a Dockerfile' }];
  const problems: DockerProblem[] = [];
  const inFinal = (keyword: string) => final.instructions.filter((instruction) => instruction.keyword === keyword);
  const stageNames = new Set(stages.map((stage) => stage.name));

  if (stages.length < 2) problems.push({ rule: 'multi-stage', line: final.instructions[0]!.line, message: 'a single stage: build and test in one stage, then copy only what runs into a final stage' });

  for (const stage of stages) {
    if (stageNames.has(stage.base)) continue; // FROM build: a stage of this file, not an image
    const tag = stage.base.includes(':') ? stage.base.split(':').at(-1) : undefined;
    if (!tag || tag === 'latest') problems.push({ rule: 'pinned-base', line: stage.instructions[0]!.line, message: `FROM ${stage.base}: name a version (node:24-slim), so that a rebuild brings no surprise major upgrade; add @sha256:… for the same base every time` });
  }

  const user = inFinal('USER').at(-1);
  const userName = user?.args.split(':')[0];
  if (!user || userName === 'root' || userName === '0') problems.push({ rule: 'non-root', line: user?.line ?? null, message: `the final stage (${final.name}) runs as root: add USER node (the official image's unprivileged user)` });

  const healthcheck = inFinal('HEALTHCHECK').at(-1);
  if (!healthcheck || /^NONE\b/i.test(healthcheck.args)) problems.push({ rule: 'healthcheck', line: healthcheck?.line ?? null, message: `the final stage (${final.name}) has no HEALTHCHECK: add one that runs src/healthcheck.ts (it asks /livez)` });
  else if (/readyz/.test(healthcheck.args)) problems.push({ rule: 'healthcheck', line: healthcheck.line, message: 'the HEALTHCHECK asks /readyz: a provider outage would mark every container unhealthy. Ask /livez' });

  for (const stage of stages) {
    for (const instruction of stage.instructions.filter((each) => each.keyword === 'ENV' || each.keyword === 'ARG')) {
      // ENV A=1 B=2 declares A and B; the older ENV A 1 and ARG A declare the first word.
      const declared = instruction.args.includes('=') ? [...instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((match) => match[1]!) : [instruction.args.split(/\s+/)[0] ?? ''];
      const names = declared.filter((name) => secretLike.test(name));
      if (names.length > 0) problems.push({ rule: 'no-secrets', line: instruction.line, message: `${instruction.keyword} ${names.join(', ')} in ${stage.name}: it stays in the image's history; pass keys at run time from the platform's secret store` });
    }
  }

  const installs = inFinal('RUN').filter((run) => /\bnpm\s+(ci|install|i)\b/.test(run.args));
  const full = installs.find((run) => !/--omit[= ]dev\b/.test(run.args));
  if (full) problems.push({ rule: 'production-install', line: full.line, message: 'the final stage installs dev dependencies: use npm ci --omit=dev' });
  else if (installs.length === 0) problems.push({ rule: 'production-install', line: null, message: `the final stage (${final.name}) installs no dependencies: RUN npm ci --omit=dev` });
  return problems;
}
