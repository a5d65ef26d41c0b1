// Runs before a lab's own code: `node --require @ai-roadmap/kit/check-node src/main.ts`.
// A lab is TypeScript, which Node runs as it is from 22.18 on (23.6 on the 23 line). On an
// older Node the lab would stop with ERR_UNKNOWN_FILE_EXTENSION ".ts" and a stack trace;
// this says in one line what to do instead. It is plain CommonJS so that any Node runs it, and
// loaded with --require because Node 20's test runner runs --require (not --import) in its own
// process, so `npm test` stops once, before it starts a process per test file.

/** A TypeScript loader given on the command line or in NODE_OPTIONS (the WebContainer runner uses tsx). */
const typeScriptLoader = /(^|\s)(--(import|require|loader)[= ](tsx|ts-node)(\/\S*)?|--experimental-(strip|transform)-types)(\s|$)/;

/** Whether this Node runs the lab's .ts files. */
function runsTypeScript({ features, nodeOptions = '', execArgv = [] }) {
  if (typeScriptLoader.test(`${nodeOptions} ${execArgv.join(' ')}`)) return true;
  // process.features.typescript is "strip" or "transform" where type stripping is on (Node 22.10+),
  // false where it is off, and missing before 22.10, which cannot strip types without a flag.
  return Boolean(features.typescript);
}

/** The one line to print on a Node that cannot run the lab. */
function upgradeAdvice(version, script = 'start') {
  return (
    `✖ This lab is TypeScript, which Node runs directly from version 22.18 on; this is Node ${version.replace(/^v/, '')}. ` +
    `Install Node 22.18 or later (24 LTS: https://nodejs.org), or run it this once with: npx -y node@24 --run ${script}`
  );
}

if (!runsTypeScript({ features: process.features, nodeOptions: process.env.NODE_OPTIONS, execArgv: process.execArgv })) {
  console.error(upgradeAdvice(process.version, process.env.npm_lifecycle_event));
  process.exit(1);
}

module.exports = { runsTypeScript, upgradeAdvice };
