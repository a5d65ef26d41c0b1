import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeRungs, ladderSummary, type LadderRung } from '../../src/runtime/progress/ladder-verdict.ts';
import { emptyProgress, type Progress } from '../../src/runtime/progress/progress-store.ts';

const when = '2026-11-25T10:00:00.000Z';
const rungs: LadderRung[] = [
  { id: 'one', name: 'Rung one', items: [{ title: 'Lab A', chapter: '/s/a/', lab: 'a' }, { title: 'Chapter B', chapter: '/s/b/' }] },
  { id: 'two', name: 'Rung two', after: 'one', items: [{ title: 'Lab C', chapter: '/s/c/', lab: 'c' }] },
  { id: 'fork', name: 'Rung fork', after: 'two', items: [{ title: 'Lab D', chapter: '/s/d/', lab: 'd' }] },
];

test('with no progress, no rung is supported and the first rung lists all it lacks', () => {
  assert.equal(ladderSummary(rungs, emptyProgress()), 'Your evidence in this book does not yet complete the first rung. Rung one still needs 2 of 2: Lab A, Chapter B.');
});

test('a lab passed only with the solution does not count; a chapter counts when marked done', () => {
  const progress: Progress = { ...emptyProgress(), chapters: { '/s/b/': when }, labsWithSolution: { a: when } };
  assert.deepEqual(judgeRungs(rungs, progress).map((verdict) => verdict.missing.map((item) => item.title)), [['Lab A'], ['Lab C'], ['Lab D']]);
  progress.labs = { a: when };
  assert.match(ladderSummary(rungs, progress), /^Your evidence in this book supports: Rung one\. Rung two still needs 1 of 1: Lab C\.$/);
});

test('a rung is not supported while the rung it builds on is incomplete', () => {
  const progress: Progress = { ...emptyProgress(), labs: { c: when, d: when } };
  assert.deepEqual(judgeRungs(rungs, progress).map((verdict) => verdict.supported), [false, false, false]);
  progress.labs = { a: when, c: when, d: when };
  progress.chapters = { '/s/b/': when };
  assert.equal(ladderSummary(rungs, progress), 'Your evidence in this book supports: Rung one; Rung two; Rung fork.');
});

test('a rung that names an unknown rung to build on is an error that names both', () => {
  assert.throws(() => judgeRungs([{ id: 'x', name: 'X', after: 'nowhere', items: [] }], emptyProgress()), /rung "x" builds on "nowhere"/);
});
