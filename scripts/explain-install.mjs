// package.json "postinstall": the last lines of `npm ci`. npm may run on an older Node than the
// project: under Node 20 it warns EBADENGINE for each package that needs Node 22, which is harmless
// because every npm script runs on the Node pinned as a devDependency. Say so, and check that the
// pin took (plain JavaScript, so that this runs even when it did not).
import { execFileSync } from 'node:child_process';

const atLeast = (version, wantedMajor, wantedMinor) => {
  const [actualMajor = 0, actualMinor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return actualMajor > wantedMajor || (actualMajor === wantedMajor && actualMinor >= wantedMinor);
};

const scriptsNode = process.versions.node;
if (!atLeast(scriptsNode, 22, 12)) {
  console.error(
    `✖ npm scripts here run on Node ${scriptsNode}, not on the pinned Node 24 (node_modules/.bin/node): its install script did not run. ` +
      'Install without --ignore-scripts (npm 11 runs only the install scripts listed under "allowScripts" in package.json).',
  );
  process.exit(1);
}

const npmNode = process.env.npm_node_execpath;
const npmNodeVersion = npmNode ? execFileSync(npmNode, ['--version'], { encoding: 'utf8' }).trim() : undefined;
if (npmNodeVersion && !atLeast(npmNodeVersion, 22, 12)) {
  console.log(
    `✔ Installed. The "npm warn EBADENGINE" lines above are expected: npm ran on Node ${npmNodeVersion.replace(/^v/, '')}, ` +
      `but every npm script of this project runs on the pinned Node ${scriptsNode} (README: Prerequisites).`,
  );
}
