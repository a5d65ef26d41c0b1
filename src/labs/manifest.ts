import { z } from 'zod';
import { labSectionsBeyondStages } from '../book/sections.ts';

/** A lab's slug is its folder name: lower-case words joined by hyphens, like "cost-curve". */
export const slugPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Paths inside a lab are relative, forward-slashed and stay inside the lab. */
const labPath = z
  .string()
  .min(1, 'a relative path inside the lab, like "src/main.ts"')
  .refine((path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\'), {
    message: 'a relative path inside the lab, like "src/main.ts"',
  });

const taskFields = ['task', 'hints', 'tests'];
const taskSentence = z.string({ error: 'the task, a sentence of at least 3 characters' }).min(3, 'a task of at least 3 characters');
const taskWithHints = z
  .looseObject({
    task: taskSentence,
    hints: z
      .array(z.string({ error: 'a hint, as a sentence' }).min(3, 'a hint of at least 3 characters').max(400, 'a hint of at most 400 characters: a nudge, not the answer'), {
        error: 'a list of hints, like ["A nudge.", "A more concrete pointer."]',
      })
      .min(1, 'at least one hint, or no "hints" field')
      .default([]),
    tests: z
      .array(z.string({ error: 'the name of a test, or how it begins' }).min(3, 'a test name of at least 3 characters'), {
        error: 'a list of the tests that check this task, by name or how the name begins',
      })
      .min(1, 'at least one test name, or no "tests" field')
      .optional(),
  })
  // Reported here rather than by a strict object, so that the message names the field's path (tasks.2.hint).
  .superRefine((task, context) => {
    for (const key of Object.keys(task).filter((name) => !taskFields.includes(name))) {
      context.addIssue({ code: 'custom', path: [key], message: 'only "task", "hints" and "tests" in a task (this field is none of them)' });
    }
  });

/**
 * One task of a lab: a sentence, or the sentence with hints that the learner can reveal one at a time
 * before reaching for Solve: { "task": "…", "hints": ["a nudge", "a more concrete pointer"] }, and the
 * tests that check it ("tests": names or how they begin), so that a failing test can point to its task.
 * Either way the manifest reads it as { task, hints }, hints empty when there are none. The two shapes are
 * told apart by type (not with a union), so that an error names the field that is wrong.
 */
export const labTaskSchema = z.unknown().transform((value, context): { task: string; hints: string[]; tests?: string[] } => {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    context.addIssue({ code: 'custom', message: 'a task: a sentence, or { "task": "…", "hints": ["…"] }', input: value });
    return z.NEVER;
  }
  const parsed = typeof value === 'string' ? taskSentence.safeParse(value) : taskWithHints.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: value });
    return z.NEVER;
  }
  if (typeof parsed.data === 'string') return { task: parsed.data, hints: [] };
  const { task, hints, tests } = parsed.data;
  return { task, hints, ...(tests ? { tests } : {}) };
});

export type LabTask = z.infer<typeof labTaskSchema>;

export const labLanguages = ['typescript', 'python'] as const;
export type LabLanguage = (typeof labLanguages)[number];

export const labManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(3, 'a title of at least 3 characters'),
  /** Where the lab belongs in the book: a stage, or a section outside the stages (a capstone is not a Stage 3 lab). */
  stage: z.union([z.literal(1), z.literal(2), z.literal(3), z.enum(labSectionsBeyondStages)], {
    error: `the stage number: 1, 2 or 3; or, for a lab outside the stages, its section: ${labSectionsBeyondStages.map((dir) => `"${dir}"`).join(', ')}`,
  }),
  summary: z.string().min(10, 'a one-line summary of at least 10 characters').max(200, 'a one-line summary of at most 200 characters').refine((text) => !text.includes('\n'), 'a single line'),
  minutes: z.int('a whole number of minutes').positive('a positive number of minutes'),
  entry: labPath,
  open: z.array(labPath).min(1, 'at least one file to open'),
  tasks: z.array(labTaskSchema, { error: 'a list of tasks' }).min(1, 'at least one task'),
  timeoutMs: z.int('a whole number of milliseconds').min(1000, 'at least 1000 ms').max(120_000, 'at most 120000 ms (two minutes)').optional(),
  /** What the lab is written in: TypeScript unless it says "python" (run by Pyodide, in Node and in the page). */
  language: z.enum(labLanguages, { error: `the lab's language: ${labLanguages.map((name) => `"${name}"`).join(' or ')} (leave it out for TypeScript)` }).default('typescript'),
});

export type LabManifest = z.infer<typeof labManifestSchema>;

export const defaultTimeoutMs = 10_000;
