/** A problem with a lab, named by the file (and field) it is in, on one line. Fails the build. */
export class LabError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  constructor(file: string, problem: string, field?: string) {
    super(`${file}: ${field === undefined ? '' : `field "${field}": `}${problem.replace(/\s*\n\s*/g, ' ')}`);
    this.name = 'LabError';
    this.file = file;
    this.field = field;
  }
}

/**
 * Several lab problems at once, so one run shows them all, one line each. It carries no
 * stack: the problem is in the lab's files, not in the code that read them, and Astro
 * prints a stack (and, for an error with an `errors` list, only the first of them).
 */
export class LabErrors extends Error {
  readonly problems: LabError[];

  constructor(problems: LabError[]) {
    super(`${problems.length} problem(s) with the labs:\n${problems.map((problem) => `  ✖ ${problem.message}`).join('\n')}`);
    this.name = 'LabErrors';
    this.problems = problems;
    this.stack = '';
  }
}
