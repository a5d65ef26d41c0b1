// Which model ids are fixed snapshots and which are moving aliases. A gate that
// compares a run with a baseline must name a fixed snapshot: behind an alias the
// provider can swap the model, and the baseline would no longer describe it.

// A snapshot date at the end of the id: OpenAI writes gpt-4.1-2025-04-14,
// Anthropic (before its 4.6 generation) claude-haiku-4-5-20251001. The kit's
// snapshotDateSuffix matches either: /-(\d{4}-\d{2}-\d{2}|\d{8})$/.
import { snapshotDateSuffix as datedSnapshot } from '@ai-roadmap/kit';

// From its 4.6 generation on, Anthropic's dateless id is itself the fixed snapshot
// (claude-sonnet-4-6, claude-haiku-5-5); before it, claude-haiku-4-5 is an alias.
const anthropicDateless = /^claude-[a-z]+-(\d+)(?:-(\d+))?$/;

/** True when the id names one fixed model: a dated snapshot, a dateless Anthropic id from 4.6 on, or the stand-in. */
export function isPinnedModelId(modelId: string): boolean {
  // The stand-in's "model" is the rules in src/classify.ts: versioned with the code, it cannot move.
  if (modelId === 'stand-in') return true;
  if (datedSnapshot.test(modelId)) return true;
  const anthropic = anthropicDateless.exec(modelId);
  if (!anthropic) return false;
  const major = Number(anthropic[1]);
  const minor = Number(anthropic[2] ?? 0);
  return major > 4 || (major === 4 && minor >= 6);
}

/** Undefined for a pinned id; otherwise why the gate refuses it, naming where the id came from. */
export function movingAliasProblem(modelId: string, where: string): string | undefined {
  if (isPinnedModelId(modelId)) return undefined;
  return (
    `${where} names "${modelId}", which is not a fixed snapshot id that this gate recognises. An alias can be pointed at a new snapshot, ` +
    `and the baseline would then describe another model. Pin the snapshot id from the provider's model page: gpt-6-luna-2026-09-22 rather than gpt-6-luna, ` +
    `claude-haiku-4-5-20251001 rather than claude-haiku-4-5 (Anthropic's dateless ids from claude-*-4-6 on are fixed already).`
  );
}
