/** A problem with a lab, named by the file (and field) it is in. Fails the build. */
export class LabError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  constructor(file: string, problem: string, field?: string) {
    super(`${file}: ${field === undefined ? '' : `field "${field}": `}${problem}`);
    this.name = 'LabError';
    this.file = file;
    this.field = field;
  }
}

/** Several lab problems at once, so one build shows them all. */
export class LabErrors extends Error {
  readonly errors: LabError[];

  constructor(errors: LabError[]) {
    super(`${errors.length} problem(s) with the labs:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
    this.name = 'LabErrors';
    this.errors = errors;
  }
}
