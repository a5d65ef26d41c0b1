// OSC 8 hyperlinks (ESC ] 8 ; params ; URI ST … ESC ] 8 ; ; ST) let a program
// print text that links to any address, and the text can name another one.
// The output panel shows the text and drops the link.
const hyperlink = /\u001b\]8;[^;\u0007\u001b]*;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export const stripHyperlinks = (text: string): string => text.replace(hyperlink, '');
