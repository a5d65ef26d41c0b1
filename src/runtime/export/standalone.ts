// Turns a lab (the learner's current files) plus the kit into a project that
// stands alone: `npm install && npm test` work in it, outside the book. Used by
// the zip, GitHub and StackBlitz exports and by the WebContainer mount.
export type FileMap = Record<string, string>;

export const kitPackageName = '@ai-roadmap/kit';
export const kitFolder = 'kit';
export const minimumNode = '^22.18 || >=23.6';

interface PackageJson {
  dependencies?: Record<string, string>;
  engines?: Record<string, string>;
  [key: string]: unknown;
}

function standalonePackageJson(text: string | undefined, slug: string): string {
  if (text === undefined) throw new Error(`standalone project for ${slug}: the lab has no package.json`);
  const pkg = JSON.parse(text) as PackageJson;
  pkg.dependencies = { ...pkg.dependencies, [kitPackageName]: `file:./${kitFolder}` };
  // Labs are TypeScript run by Node's own type stripping, on by default from 22.18 on the 22 line and from 23.6.
  pkg.engines = { node: minimumNode, ...pkg.engines };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const runningNote = (slug: string): string => `

## Running this project on your machine

This is the \`${slug}\` lab of *AI Engineer Roadmap*, exported with your edits. It needs Node 22.18 or later (24 LTS is a good choice; 23.0 to 23.5 will not do), which runs its TypeScript directly.

\`\`\`sh
npm install
npm start    # run the lab
npm test     # check your work
\`\`\`

On an older Node, \`npm start\` and \`npm test\` stop with one line saying so (\`kit/check-node.cjs\`). To run them on Node 24 without installing it: \`npx -y node@24 --run test\`.

It runs offline on the stand-in model in \`${kitFolder}/\`. To use a real model instead, set:

\`\`\`sh
# an OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, OpenRouter)
LAB_PROVIDER=openai-compatible LAB_MODEL=gpt-6-luna LAB_API_KEY=sk-... npm start
LAB_PROVIDER=openai-compatible LAB_BASE_URL=http://localhost:11434/v1 LAB_MODEL=llama3.2 npm start
# Anthropic
LAB_PROVIDER=anthropic LAB_MODEL=claude-haiku-5-5 LAB_API_KEY=sk-ant-... npm start
\`\`\`

The tests are written for the stand-in model; run them without these variables.
`;

const pythonRunningNote = (slug: string): string => `

## Running this project on your machine

This is the \`${slug}\` lab of *AI Engineer Roadmap*, exported with your edits. It is Python, run by Pyodide (Python compiled to WebAssembly, installed from npm), so it needs Node 22.18 or later but no Python of your own.

\`\`\`sh
npm install
npm start    # run src/main.py
npm test     # run the unittest suite in test/
\`\`\`

With Python 3.11 or later installed, the same files run as they are: \`cd src && python main.py\`, and \`PYTHONPATH=src python -m unittest discover -s test\`.
`;

/** Whether the lab's manifest says it is written in Python. */
function isPythonLab(labFiles: FileMap): boolean {
  try {
    return (JSON.parse(labFiles['lab.json'] ?? '{}') as { language?: unknown }).language === 'python';
  } catch {
    return false;
  }
}

/** The files of the standalone project: the lab, the kit under kit/, and a package.json pointing at it. */
export function standaloneProject(slug: string, labFiles: FileMap, kitFiles: FileMap): FileMap {
  const project: FileMap = { ...labFiles };
  for (const [path, content] of Object.entries(kitFiles)) project[`${kitFolder}/${path}`] = content;
  project['package.json'] = standalonePackageJson(labFiles['package.json'], slug);
  project['README.md'] = `${(labFiles['README.md'] ?? `# ${slug}\n`).trimEnd()}${(isPythonLab(labFiles) ? pythonRunningNote : runningNote)(slug)}`;
  project['.gitignore'] ??= 'node_modules/\n';
  return project;
}
