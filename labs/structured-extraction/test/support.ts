import { createStandInModel } from '@ai-roadmap/kit';
import { extractionRule } from '../src/stand-in/extractor.ts';

/** The lab's stand-in, recording the messages of every call it receives. */
export function recordingModel() {
  const standIn = createStandInModel({ rules: [extractionRule] });
  const calls: Array<Parameters<typeof standIn.doGenerate>[0]['prompt']> = [];
  const model = {
    ...standIn,
    doGenerate: (options: Parameters<typeof standIn.doGenerate>[0]) => {
      calls.push(options.prompt);
      return standIn.doGenerate(options);
    },
  };
  return { model, calls };
}
