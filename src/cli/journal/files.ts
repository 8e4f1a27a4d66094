/**
 * Writing an export (a calendar, a Markdown journal) where the person asked: a file, replaced if it
 * exists since an export is always regenerated whole, or standard output for "-".
 */
import { writeFileSync } from 'node:fs';
import { LeverError } from '../../core/errors.js';

function why(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.message;
  }
}

/** Writes `text` to `file`; says where on standard error, since standard output carries results. */
export function writeExport(file: string, text: string, what: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  try {
    writeFileSync(file, body);
  } catch (error) {
    throw new LeverError(
      'invalid_input',
      `cannot write the ${what} to "${file}": ${why(error as NodeJS.ErrnoException)}`,
    );
  }
  process.stderr.write(`Wrote the ${what} to ${file}\n`);
}
