/**
 * `lever export [FILE]`: everything Lever keeps about the person (saved profiles, experiments with
 * their check-ins, expertise plans, asks) as one versioned JSON document that `lever import`
 * reads back. To standard output by default; a file is written whole or not at all, readable by
 * its owner only, and never replaces an existing file without --force (a FIFO or a device is
 * written to, as the shell's `>` would).
 */

import { countsOf, describeCounts, totalOf } from '../../core/export/counts.js';
import { toJson } from '../../core/json.js';
import { exportDocument } from '../../journal/data.js';
import { type DataOptions, withDataStore } from '../data/store.js';
import { checkDestination, writePrivateFile } from '../data/write-file.js';

export interface ExportOptions extends DataOptions {
  /** Replace FILE if it exists. */
  force?: boolean;
}

/** Writes the export; returns what goes to standard output ("" when it went to a file). */
export async function runExport(file: string | undefined, options: ExportOptions): Promise<string> {
  const toFile = file !== undefined && file !== '-';
  const write = { replace: options.force === true, what: 'export' };
  if (toFile) checkDestination(file, write);
  const { document, location } = await withDataStore(
    { ...options, create: false },
    async ({ store, location }) => ({ document: await exportDocument(store, new Date()), location }),
  );
  const counts = countsOf(document);
  if (totalOf(counts) === 0) process.stderr.write(`note: nothing is saved yet in ${location}\n`);
  const text = `${toJson(document)}\n`;
  if (!toFile) return text;
  const written = writePrivateFile(file, text, write);
  const what = totalOf(counts) === 0 ? 'an empty export' : describeCounts(counts);
  process.stderr.write(`Wrote ${what} to ${written}\n`);
  return '';
}
