import ts from 'typescript';

const printer = ts.createPrinter({ removeComments: true });

/** A declaration file without its comments; the printer writes its triple-slash directives back (but one). */
export function withoutComments(file: ts.SourceFile): string {
  // The one directive the printer leaves out.
  return `${file.hasNoDefaultLib ? '/// <reference no-default-lib="true"/>\n' : ''}${printer.printFile(file)}`;
}
