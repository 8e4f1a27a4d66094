/**
 * The journal `lever advise` reflects: the experiments in the database the web app and the journal
 * commands use, when that database exists already. Advising never creates a data directory or a
 * database, and with none it loads no store code at all, so `lever advise --json` stays quick.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Journal } from '../core/advice/advise.js';
import { resolveDataDir } from '../store/data-dir.js';

/**
 * The SQLite file's name in the data directory, as the store names it (src/store/open-store.ts,
 * which is not imported here because it loads the database drivers; a test keeps the two equal).
 */
export const JOURNAL_FILE_NAME = 'lever.db';

export interface JournalForAdviceOptions {
  /** `--no-journal` sets this to false. */
  journal?: boolean;
  dataDir?: string | undefined;
}

/** Whether there is a journal to read: LEVER_DATABASE_URL is set, or the SQLite file exists. */
export function hasJournalDatabase(
  dataDir: string | undefined,
  vars: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if ((vars.LEVER_DATABASE_URL?.trim() ?? '') !== '') return true;
  return existsSync(join(resolveDataDir({ flag: dataDir, vars }), JOURNAL_FILE_NAME));
}

/** The experiments to advise with, and today; undefined when there is no journal or it is turned off. */
export async function journalForAdvice(options: JournalForAdviceOptions): Promise<Journal | undefined> {
  if (options.journal === false || !hasJournalDatabase(options.dataDir)) return undefined;
  const [{ openStore, storeConfigFromEnvironment }, { localDate }] = await Promise.all([
    import('../store/open-store.js'),
    import('../journal/local-date.js'),
  ]);
  const store = await openStore(storeConfigFromEnvironment({ dataDirFlag: options.dataDir }));
  try {
    return { experiments: await store.listExperiments(), today: localDate(new Date()) };
  } finally {
    await store.close();
  }
}
