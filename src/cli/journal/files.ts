/**
 * Writing an export (a calendar, a Markdown journal) to the file the person named ("-" for standard
 * output is handled by the commands). It is written as every file of personal data is: readable by
 * its owner only, and in whole or not at all; an existing file is replaced, since an export is
 * always regenerated whole.
 */
import { writePrivateFile } from '../data/write-file.js';

/** Writes `text` to `file`; says where on standard error, since standard output carries results. */
export function writeExport(file: string, text: string, what: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  writePrivateFile(file, body, { replace: true, what, hint: '' });
  process.stderr.write(`Wrote the ${what} to ${file}\n`);
}
