// Content words: lower-cased letters and digits, at least three characters, without the
// commonest function words. The stand-in and the faithfulness rule both use them.
const stopwords = new Set(
  'the and for are was were but not you your our its his her their with from that this what when where who whom which how does did can may must has have had any all each every per into onto than then them they there these those also only just very about after before over under why will would should could shall'.split(' '),
);

/** The content words of a text, in order, repeats kept. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length >= 3 && !stopwords.has(word));
}

/** The sentences of a text: split after ., ! or ? followed by white space. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
