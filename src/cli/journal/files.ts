/**
 * Where an export of the journal (a calendar, a Markdown journal) goes: standard output when the
 * option has no value or "-", else the file named. A file is written as every file of personal
 * data is: readable by its owner only, in whole or not at all, and an existing file is replaced
 * only with --force.
 */
import { checkDestination, writePrivateFile } from '../data/write-file.js';

/** An option that takes a file name, or nothing: `--ics` alone is `true`. */
export type OutputOption = string | true | undefined;

/** Whether the option sends its export to standard output. */
export function toStandardOutput(option: OutputOption): boolean {
  return option === true || option === '-';
}

/** The file the option names, if it names one. */
export function outputFile(option: OutputOption): string | undefined {
  return option === undefined || option === true || option === '-' ? undefined : option;
}

/** Refuses a file that cannot be written before any work is done; `writeExport` checks again. */
export function checkExport(file: string | undefined, what: string, force: boolean | undefined): void {
  if (file !== undefined) checkDestination(file, { replace: force === true, what });
}

/** Writes `text` to `file`; says where on standard error, since standard output carries results. */
export function writeExport(file: string, text: string, what: string, force: boolean | undefined): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  writePrivateFile(file, body, { replace: force === true, what });
  process.stderr.write(`Wrote the ${what} to ${file}\n`);
}
