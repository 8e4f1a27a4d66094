/**
 * `lever delete-all-my-data`: removes every saved profile, experiment, check-in and ask in one
 * transaction. On a terminal the person types "delete" to confirm (Ctrl-C stops with nothing
 * deleted); elsewhere --yes is required. The database itself stays, empty and ready to use.
 * Backups are files of the person's own and are left alone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LeverError } from '../../core/errors.js';
import { countsOf, describeCounts, totalOf } from '../../core/export/counts.js';
import { deleteEverything } from '../../journal/data.js';
import { type DataOptions, type DataSession, withDataStore } from '../data/store.js';
import { paragraph } from '../render/text.js';
import { stdoutTerminal } from '../terminal.js';
import { BACKUP_FOLDER } from './backup.js';

export interface DeleteAllOptions extends DataOptions {
  yes?: boolean;
}

/** Exit code after Ctrl-C, as shells report a process stopped by SIGINT (128 + 2). */
const INTERRUPTED_EXIT_CODE = 130;
const STOPPED = 'Stopped; nothing was deleted.';

type Print = (text: string) => void;

/** Asks on the terminal; true to go ahead. Ctrl-C sets exit code 130 and answers false. */
async function confirmed(session: DataSession, print: Print): Promise<boolean> {
  const counts = countsOf(await session.store.exportAll());
  if (totalOf(counts) === 0) {
    print(`Nothing to delete: nothing is saved in ${session.location}.`);
    return false;
  }
  const { confirmDeletion, isPromptExit } = await import('../data/confirm-delete.js');
  const onSignal = () => {
    process.stderr.write(`\n${STOPPED}\n`);
    process.exit(INTERRUPTED_EXIT_CODE);
  };
  process.once('SIGINT', onSignal);
  try {
    if (await confirmDeletion(print, counts, session.location)) return true;
    print('Cancelled; nothing was deleted.');
    return false;
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    process.stderr.write(`${STOPPED}\n`);
    process.exitCode = INTERRUPTED_EXIT_CODE;
    return false;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

/** A note about backups in the data directory, which deleting the data does not touch. */
function backupsNote(session: DataSession): string | undefined {
  const { dataDir, databaseUrl } = session.config;
  if (databaseUrl !== undefined || dataDir === undefined) return undefined;
  const folder = join(dataDir, BACKUP_FOLDER);
  if (!existsSync(folder) || readdirSync(folder).length === 0) return undefined;
  return `Backups in ${folder} were kept; delete them too if you want them gone.`;
}

export async function runDeleteAll(options: DeleteAllOptions, print: Print): Promise<void> {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (options.yes !== true && !interactive) {
    throw new LeverError(
      'invalid_input',
      'deleting all your data cannot be undone, so Lever asks you to confirm: run "lever delete-all-my-data --yes" (keep a copy first with "lever export FILE"), or run it on a terminal to be asked',
    );
  }
  await withDataStore({ ...options, create: false }, async (session) => {
    if (!session.existed) {
      print(`Nothing to delete: there is no Lever data at ${session.location}.`);
      return;
    }
    if (options.yes !== true && !(await confirmed(session, print))) return;
    const deleted = await deleteEverything(session.store);
    const term = stdoutTerminal();
    const lines = [
      paragraph(
        term,
        totalOf(deleted) === 0
          ? `Nothing to delete: nothing is saved in ${session.location}.`
          : `Deleted ${describeCounts(deleted)} from ${session.location}. Lever keeps working, starting empty.`,
      ),
    ];
    const note = backupsNote(session);
    if (note !== undefined) lines.push(paragraph(term, note));
    print(lines.join('\n'));
  });
}
