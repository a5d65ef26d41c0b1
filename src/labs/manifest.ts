import { z } from 'zod';

/** Paths inside a lab are relative, forward-slashed and stay inside the lab. */
const labPath = z
  .string()
  .min(1)
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
  tasks: z.array(z.string().min(3)).min(1, 'at least one task'),
  timeoutMs: z.int('a whole number of milliseconds').min(1000).max(120_000).optional(),
});

export type LabManifest = z.infer<typeof labManifestSchema>;

export const defaultTimeoutMs = 10_000;
