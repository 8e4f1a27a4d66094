/**
 * The person's data as a whole, as the CLI and the settings page use it: export everything as one
 * versioned document, import such a document (untrusted: parsed first, then written in one
 * transaction that adds only what is missing), delete everything, and back up the database file.
 * Failures are LeverErrors: 'invalid_input' with problems naming fields, 'conflict' naming records.
 */
import { LeverError } from '../core/errors.js';
import { parseExport, parseExportJson } from '../core/export/parse.js';
import {
  type DeletionSummary,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ImportSummary,
} from '../core/export/schema.js';
import type { Result } from '../core/result.js';
import { formatProblem } from '../core/validation.js';
import type { BackupSummary, LeverStore } from '../store/types.js';

/** Everything the store holds, stamped with the time of the export. */
export async function exportDocument(store: LeverStore, now: Date): Promise<ExportDocument> {
  const { profiles, experiments, asks } = await store.exportAll();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profiles,
    experiments,
    asks,
  };
}

/** Imports a parsed JSON value (e.g. an API body); see `LeverStore.importAll` for what is added. */
export function importDocument(store: LeverStore, raw: unknown): Promise<ImportSummary> {
  return importParsed(store, parseExport(raw));
}

/** Imports the text of an export file; a syntax error is 'invalid_input' like any other problem. */
export function importDocumentJson(store: LeverStore, text: string): Promise<ImportSummary> {
  return importParsed(store, parseExportJson(text));
}

/** Removes every saved profile, experiment, check-in and ask. */
export function deleteEverything(store: LeverStore): Promise<DeletionSummary> {
  return store.deleteAllData();
}

/** Writes a consistent copy of the SQLite database to a new file (PostgreSQL refuses). */
export function backupDatabase(store: LeverStore, file: string): Promise<BackupSummary> {
  return store.backupTo(file);
}

async function importParsed(store: LeverStore, parsed: Result<ExportDocument>): Promise<ImportSummary> {
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length > 1 ? ' (and more)' : '';
    const detail = first === undefined ? '' : `: ${formatProblem(first)}${more}`;
    throw new LeverError('invalid_input', `not a Lever export that can be imported${detail}`, {
      problems: parsed.problems,
    });
  }
  const { profiles, experiments, asks } = parsed.value;
  return store.importAll({ profiles, experiments, asks });
}
