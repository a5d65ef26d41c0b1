import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDockerfile, parseStages, type Finding } from '../src/dockerfile-check.ts';

const labDockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const findingsOf = (rule: Finding['rule']): string => checkDockerfile(labDockerfile)
  .filter((finding) => finding.rule === rule)
  .map((finding) => `${finding.line === null ? 'missing' : `line ${finding.line}`}: ${finding.message}`)
  .join('\n');

test('the checker catches each broken rule in a bad Dockerfile', () => {
  const bad = 'FROM node:24\nARG GITHUB_TOKEN\nENV OPENAI_API_KEY=sk-abcdefghijk\nCOPY . .\nRUN npm install\nUSER root\nCMD ["node", "server.js"]\n';
  const rules = checkDockerfile(bad).map((finding) => finding.rule).sort();
  assert.deepEqual(rules, ['healthcheck', 'multi-stage', 'no-baked-secret', 'no-baked-secret', 'non-root', 'production-install']);
});

test('the checker joins continuation lines and reads stages by FROM', () => {
  const stages = parseStages('FROM node:24 AS build\nRUN npm ci && \\\n  npm test\nFROM node:24-slim\nUSER node\n');
  assert.deepEqual(stages.map((stage) => stage.name), ['build', '1']);
  assert.equal(stages[0]!.instructions[1]!.args, 'npm ci && npm test');
});

test('the lab\'s Dockerfile builds in two stages', () => {
  assert.equal(findingsOf('multi-stage'), '', 'Dockerfile: add a build stage (FROM … AS build) and a final stage that copies only what runs');
});

test('the lab\'s Dockerfile runs as a non-root user', () => {
  assert.equal(findingsOf('non-root'), '', 'Dockerfile: the official Node image has a user called node; switch to it in the final stage');
});

test('the lab\'s Dockerfile declares a HEALTHCHECK', () => {
  assert.equal(findingsOf('healthcheck'), '', 'Dockerfile: add HEALTHCHECK … CMD ["node", "src/healthcheck.ts"] to the final stage');
});

test('the lab\'s Dockerfile bakes no secret into ENV or ARG', () => {
  assert.equal(findingsOf('no-baked-secret'), '', 'Dockerfile: remove the key; it arrives at run time as an environment variable from a Secret');
});

test('the lab\'s Dockerfile installs production dependencies only, with npm ci --omit=dev in the final stage', () => {
  assert.equal(findingsOf('production-install'), '');
  const final = parseStages(labDockerfile).at(-1)!;
  assert.ok(final.instructions.some((instruction) => instruction.keyword === 'RUN' && /npm ci\b.*--omit=dev/.test(instruction.args)), 'Dockerfile: the final stage should RUN npm ci --omit=dev');
});
