/**
 * `lever import FILE`: brings back what `lever export` wrote, into an empty or a used data
 * directory. Records already saved (same id, same content) are skipped, so importing a file twice
 * adds nothing; a record saved with the same id but different content refuses the whole import.
 * The file is read and checked completely before the store is opened, and the import is one
 * transaction: whatever goes wrong, nothing changes.
 */
import { LeverError } from '../../core/errors.js';
import { MAX_REPORTED_PROBLEMS, parseExportJson } from '../../core/export/parse.js';
import type { ImportSummary } from '../../core/export/schema.js';
import { toJson } from '../../core/json.js';
import type { Problem } from '../../core/validation.js';
import { importDocument } from '../../journal/data.js';
import { findUnstorable } from '../../store/profile-input.js';
import { importTable } from '../data/counts.js';
import { readExportText, sourceName } from '../data/read-input.js';
import { type DataOptions, withDataStore } from '../data/store.js';

export interface ImportOptions extends DataOptions {
  json?: boolean;
}

/** The store's refusal, said in terms of the file, with the way to a full restore. */
function explained(error: unknown, source: string): unknown {
  if (!(error instanceof LeverError)) return error;
  const name = sourceName(source);
  if (error.code === 'conflict') {
    // Past the cap the last problem only counts the rest, so the exact number is not known here.
    const n = error.problems.length;
    const many = n > MAX_REPORTED_PROBLEMS ? `more than ${MAX_REPORTED_PROBLEMS}` : String(n);
    const [records, verb] = n === 1 ? ['a record', 'clashes'] : [`${many} records`, 'clash'];
    return new LeverError(
      'conflict',
      `${records} in ${name} ${verb} with saved records of the same id, so nothing was imported; to restore the file as it is, run "lever delete-all-my-data" first (after "lever export" if you want a copy of what is saved now)`,
      { problems: error.problems },
    );
  }
  if (error.code === 'invalid_input') {
    return new LeverError('invalid_input', `${name} cannot be imported, so nothing was: ${error.message}`, {
      problems: error.problems,
    });
  }
  return error;
}

/** The refusal of a file that is not an export this Lever can import. */
function notImportable(source: string, problems: readonly Problem[]): LeverError {
  const message = `${sourceName(source)} is not a Lever export that can be imported; nothing was imported`;
  return new LeverError('invalid_input', message, { problems });
}

function report(summary: ImportSummary, source: string, location: string): string {
  const added = Object.values(summary).reduce((sum, kind) => sum + kind.added, 0);
  const heading =
    added === 0
      ? `Nothing new to import: everything in ${sourceName(source)} is already saved in ${location}.`
      : `Imported ${sourceName(source)} into ${location}:`;
  return `${heading}\n${importTable(summary)}`;
}

/** Imports the export at `source` (a path, or "-" for standard input); returns what to print. */
export async function runImport(source: string, options: ImportOptions): Promise<string> {
  const text = await readExportText(source);
  const parsed = parseExportJson(text);
  if (!parsed.ok) throw notImportable(source, parsed.problems);
  // What no database can hold is refused here too, so a refused file never creates a data directory.
  const unstorable = findUnstorable(parsed.value, '')?.replace(/^\./, '');
  if (unstorable !== undefined) {
    const message = 'contains a NUL or an unpaired surrogate, which cannot be stored';
    throw notImportable(source, [{ path: unstorable, message }]);
  }
  const { summary, location } = await withDataStore(
    { ...options, create: true },
    async ({ store, location }) => {
      try {
        return { summary: await importDocument(store, parsed.value), location };
      } catch (error) {
        throw explained(error, source);
      }
    },
  );
  return options.json ? toJson(summary) : report(summary, source, location);
}
