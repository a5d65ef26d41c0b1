// What the host's vetting can find in a tool description, and a tool it refused.
export type Problem =
  | 'hidden-markup' // <IMPORTANT>, <system>, an HTML comment: text dressed up as instructions
  | 'concealment' // "do not tell the user", "without telling"
  | 'names-another-tool'; // instructions about a tool other than itself

export interface Refusal {
  server: string;
  tool: string;
  problems: Problem[];
}
