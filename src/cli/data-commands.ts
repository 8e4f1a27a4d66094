/**
 * The commands for a person's data as a whole: export it, import it back, back up the database,
 * delete everything. Each command module is imported only when its command runs.
 */
import type { Command } from 'commander';

type Print = (text: string) => void;

const DATA_DIR_HELP = 'where your data is kept (default: LEVER_DATA_DIR or your data folder)';
const FORCE_HELP = 'replace FILE if it exists (a FIFO or a device is written to without it)';
const DATA_HELP_AFTER =
  '\nThe same data "lever start" shows in the browser and the journal commands use.\nLEVER_DATABASE_URL=postgres://… keeps it in PostgreSQL instead.';

/** Adds export, import, backup and delete-all-my-data to `program`; results go to `print`. */
export function addDataCommands(program: Command, print: Print): void {
  program
    .command('export')
    .description('all your data as one JSON file: saved profiles, experiments, check-ins, plans, asks')
    .argument('[file]', 'the file to write (default, or "-": standard output)')
    .option('--force', FORCE_HELP)
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText(
      'after',
      `${DATA_HELP_AFTER}\n"lever import FILE" reads the file back, here or on another machine.`,
    )
    .action(async (file: string | undefined, options: { force?: boolean; dataDir?: string }) => {
      const { runExport } = await import('./commands/export.js');
      const output = await runExport(file, options);
      if (output !== '') print(output);
    });

  program
    .command('import')
    .description('bring back a file "lever export" wrote; adds what is missing, never duplicates')
    .argument('<file>', 'the export to read, or "-" for standard input')
    .option('--json', 'print what was added and what was already there as JSON')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText(
      'after',
      `${DATA_HELP_AFTER}\nA record saved with the same id but different content stops the import, and\nnothing changes: for a full restore, run "lever delete-all-my-data" first.`,
    )
    .action(async (file: string, options: { json?: boolean; dataDir?: string }) => {
      const { runImport } = await import('./commands/import.js');
      print(await runImport(file, options));
    });

  program
    .command('backup')
    .description('copy the database to a new file, safe while "lever start" is running')
    .argument('[file]', 'the new file (default: backups/lever-backup-DATE.db in the data folder)')
    .option('--force', FORCE_HELP)
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText(
      'after',
      `${DATA_HELP_AFTER}\nIn PostgreSQL there is no file to copy: use "lever export", or pg_dump.`,
    )
    .action(async (file: string | undefined, options: { force?: boolean; dataDir?: string }) => {
      const { runBackup } = await import('./commands/backup.js');
      print(await runBackup(file, options));
    });

  program
    .command('delete-all-my-data')
    .description('delete every saved profile, experiment, check-in and ask (run "lever export" first)')
    .option('--yes', 'yes, delete everything: needed when not on a terminal; this cannot be undone')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText('after', `${DATA_HELP_AFTER}\nOn a terminal you are asked to type "delete" to confirm.`)
    .action(async (options: { yes?: boolean; dataDir?: string }) => {
      const { runDeleteAll } = await import('./commands/delete-all.js');
      await runDeleteAll(options, print);
    });
}
