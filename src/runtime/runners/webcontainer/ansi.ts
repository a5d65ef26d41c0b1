/** Removes the ANSI escape codes (colours, cursor moves) a terminal adds, before text is parsed. */
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
