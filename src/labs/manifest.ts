import { z } from 'zod';

/** A lab's slug is its folder name: lower-case words joined by hyphens, like "cost-curve". */
export const slugPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Paths inside a lab are relative, forward-slashed and stay inside the lab. */
const labPath = z
  .string()
  .min(1, 'a relative path inside the lab, like "src/main.ts"')
  .refine((path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\'), {
    message: 'a relative path inside the lab, like "src/main.ts"',
  });

export const labManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(3, 'a title of at least 3 characters'),
  stage: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'the stage number: 1, 2 or 3' }),
  summary: z.string().min(10, 'a one-line summary of at least 10 characters').max(200, 'a one-line summary of at most 200 characters').refine((text) => !text.includes('\n'), 'a single line'),
  minutes: z.int('a whole number of minutes').positive('a positive number of minutes'),
  entry: labPath,
  open: z.array(labPath).min(1, 'at least one file to open'),
  tasks: z.array(z.string().min(3, 'a task of at least 3 characters')).min(1, 'at least one task'),
  timeoutMs: z.int('a whole number of milliseconds').min(1000, 'at least 1000 ms').max(120_000, 'at most 120000 ms (two minutes)').optional(),
});

export type LabManifest = z.infer<typeof labManifestSchema>;

export const defaultTimeoutMs = 10_000;
