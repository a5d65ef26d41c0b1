// Every lab file ends up in a zip, a GitHub repository and a WebContainer. A name that
// one of the learner's systems cannot create breaks the export there, so the build
// refuses it. Windows is the strictest of them: it has the rules below.

const forbidden = /[<>:"|?*\\\u0000-\u001f\u007f]/;
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

const describeCharacter = (character: string): string => {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()})` : `"${character}"`;
};

/** Why one file or folder name cannot be unpacked everywhere (Windows is the strictest), or undefined when it can. */
export function unportableName(name: string): string | undefined {
  const character = forbidden.exec(name)?.[0];
  if (character !== undefined) return `contains ${describeCharacter(character)}, which Windows does not allow in a file name; rename it`;
  if (/[. ]$/.test(name)) return 'ends with a dot or a space, which Windows drops from a file name; rename it';
  if (reserved.test(name)) return `"${name.split('.')[0]}" is a device name reserved by Windows, even with an extension; rename it`;
  return undefined;
}
