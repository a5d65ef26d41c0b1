// Unicode "tag" characters (U+E0020 to U+E007E) mirror printable ASCII, and
// most interfaces draw nothing for them. Text written in them is invisible to
// a person reviewing a tool but reaches the model like any other text.
const TAG_OFFSET = 0xe0000;

/** "hi" → two invisible tag characters that a model can still read as "hi". */
export const hideInTags = (text: string): string =>
  [...text].map((char) => String.fromCodePoint(TAG_OFFSET + char.codePointAt(0)!)).join('');

/** The ASCII hidden in tag characters, so a person can read it. */
export const revealTags = (text: string): string =>
  [...text]
    .map((char) => char.codePointAt(0)!)
    .filter((code) => code >= TAG_OFFSET + 0x20 && code <= TAG_OFFSET + 0x7e)
    .map((code) => String.fromCodePoint(code - TAG_OFFSET))
    .join('');
