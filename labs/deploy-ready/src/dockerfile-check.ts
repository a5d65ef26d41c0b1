// Reads a Dockerfile and checks the five rules of the chapter. It is a reader, not Docker:
// it does not build the image, pull base images or follow what a base image sets.

export interface Instruction {
  /** The instruction in capitals: FROM, RUN, USER… */
  keyword: string;
  /** Everything after the keyword, continuation lines joined with spaces. */
  args: string;
  /** The line the instruction starts on, counting from 1. */
  line: number;
}

export interface Stage {
  /** The stage's name (FROM … AS name), or its index when it has none. */
  name: string;
  instructions: Instruction[];
}

export interface Finding {
  rule: 'multi-stage' | 'non-root' | 'healthcheck' | 'no-baked-secret' | 'production-install';
  /** The line to look at, or null when the problem is something missing. */
  line: number | null;
  message: string;
}

/** Splits a Dockerfile into instructions: comments and blank lines dropped, "\" continuations joined. */
export function parseInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { parts: string[]; line: number } | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return; // a comment or blank line inside a continuation is skipped too
    const continues = trimmed.endsWith('\\');
    const part = continues ? trimmed.slice(0, -1).trim() : trimmed;
    if (pending) pending.parts.push(part);
    else pending = { parts: [part], line: index + 1 };
    if (continues) return;
    const joined = pending.parts.join(' ');
    const match = /^(\S+)\s*(.*)$/.exec(joined);
    if (match) instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!, line: pending.line });
    pending = null;
  });
  return instructions;
}

/** Groups instructions by FROM; anything before the first FROM (ARG, say) is left out. */
export function parseStages(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of parseInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const named = /\bAS\s+(\S+)\s*$/i.exec(instruction.args);
      stages.push({ name: named ? named[1]! : String(stages.length), instructions: [instruction] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const secretName = /(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_?KEY)/i;
const secretValue = /\b(sk-[A-Za-z0-9_-]{6,}|AKIA[0-9A-Z]{12,})/;

/** The variable names an ENV or ARG instruction sets ("ENV A=1 B=2", "ENV A 1", "ARG A"). */
export function declaredNames(instruction: Instruction): string[] {
  const pairs = instruction.args.match(/[A-Za-z_][A-Za-z0-9_]*=/g);
  if (pairs) return pairs.map((pair) => pair.slice(0, -1));
  const first = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(instruction.args);
  return first ? [first[1]!] : [];
}

/** Every rule the Dockerfile breaks, in the order of the chapter; empty when it keeps them all. */
export function checkDockerfile(text: string): Finding[] {
  const stages = parseStages(text);
  const findings: Finding[] = [];
  const final = stages.at(-1);
  if (!final) return [{ rule: 'multi-stage', line: null, message: 'no FROM instruction: this is not a Dockerfile' }];

  if (stages.length < 2) {
    findings.push({ rule: 'multi-stage', line: final.instructions[0]!.line, message: 'one stage only: build in one stage and copy only what runs into a second, so compilers, dev dependencies and caches stay out of the image' });
  }

  const users = final.instructions.filter((instruction) => instruction.keyword === 'USER');
  const lastUser = users.at(-1);
  const userName = lastUser?.args.split(':')[0]?.trim();
  if (!lastUser) findings.push({ rule: 'non-root', line: null, message: `the final stage (${final.name}) sets no USER, so the process runs as root` });
  else if (userName === 'root' || userName === '0') findings.push({ rule: 'non-root', line: lastUser.line, message: `the final stage runs as ${userName}: set USER to an unprivileged user, such as node` });

  const healthcheck = final.instructions.filter((instruction) => instruction.keyword === 'HEALTHCHECK').at(-1);
  if (!healthcheck) findings.push({ rule: 'healthcheck', line: null, message: `the final stage (${final.name}) has no HEALTHCHECK, so Docker cannot tell a stuck container from a working one` });
  else if (/^NONE\b/i.test(healthcheck.args.trim())) findings.push({ rule: 'healthcheck', line: healthcheck.line, message: 'HEALTHCHECK NONE turns the health check off' });

  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      const names = declaredNames(instruction).filter((name) => secretName.test(name));
      if (names.length > 0 || secretValue.test(instruction.args)) {
        const what = names.length > 0 ? names.join(', ') : 'a value that looks like a key';
        findings.push({ rule: 'no-baked-secret', line: instruction.line, message: `${instruction.keyword} ${what} in stage ${stage.name}: ENV and ARG values stay in the image's layers and history; pass secrets at run time (a Kubernetes Secret) or with RUN --mount=type=secret at build time` });
      }
    }
  }

  const runs = final.instructions.filter((instruction) => instruction.keyword === 'RUN');
  const productionInstall = runs.some((run) => /\bnpm\s+ci\b/.test(run.args) && /--omit[= ]dev\b/.test(run.args));
  const copiesNodeModules = final.instructions.some((instruction) => instruction.keyword === 'COPY' && /--from=/.test(instruction.args) && /node_modules/.test(instruction.args));
  const fullInstall = runs.find((run) => /\bnpm\s+(install|i|ci)\b/.test(run.args) && !/--omit[= ]dev\b/.test(run.args));
  if (fullInstall) findings.push({ rule: 'production-install', line: fullInstall.line, message: 'the final stage installs dev dependencies too: use npm ci --omit=dev, which installs exactly the lockfile\'s versions and leaves test tools out' });
  else if (!productionInstall && !copiesNodeModules) findings.push({ rule: 'production-install', line: null, message: `the final stage (${final.name}) never installs its dependencies: run npm ci --omit=dev there` });

  return findings;
}

/** One line per finding: "line 3  no-baked-secret  ENV OPENAI_API_KEY …". */
export function formatFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'The Dockerfile keeps every rule.';
  return findings.map((finding) => `${finding.line === null ? 'missing' : `line ${finding.line}`}  ${finding.rule}  ${finding.message}`).join('\n');
}
