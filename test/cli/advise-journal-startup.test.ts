/**
 * `lever advise` reads the journal only when its database exists: with none it loads no store code
 * (so scripts pay nothing for the journal) and creates no data directory; with one it reads it.
 * Journal commands that only read keep their hands off a missing data directory too.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE_NAME } from '../../src/cli/journal-for-advice.js';
import { SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { journalCli } from './journal-cli.js';
import { modulesLoadedBy } from './module-trace.js';
import { workDir } from './run-lever.js';

const STORE_MODULES = [
  '/dist/src/store/open-store.js',
  '/dist/src/store/sqlite.js',
  '/better-sqlite3/',
  '/kysely/',
  '/pg/',
];
const loadsStore = (modules: readonly string[]) =>
  modules.filter((url) => STORE_MODULES.some((part) => url.includes(part)));

describe('lever advise and the journal database', () => {
  writeFileSync(join(workDir, 'journal-startup-profile.json'), '{"stage": "student"}');
  const args = ['advise', '--profile', 'journal-startup-profile.json', '--json'];

  it('looks for the same file the store opens', () => {
    expect(JOURNAL_FILE_NAME).toBe(SQLITE_FILE_NAME);
  });

  it('with no database: loads no store code and creates nothing', () => {
    const cli = journalCli();
    const modules = modulesLoadedBy(args, { LEVER_DATA_DIR: cli.dir });
    expect(modules.some((url) => url.endsWith('/dist/src/core/advice/advise.js'))).toBe(true);
    expect(loadsStore(modules)).toEqual([]);
    expect(modules.filter((url) => url.includes('/dist/src/journal/'))).toEqual([]);
    expect(existsSync(cli.dir)).toBe(false);
  });

  it('with a database: opens it to read the experiments, but loads no renderer or export code', () => {
    const cli = journalCli();
    expect(cli.run(['experiment', 'start', 'replicate-interpretability-result']).code).toBe(0);
    const modules = modulesLoadedBy(args, { LEVER_DATA_DIR: cli.dir });
    expect(loadsStore(modules)).not.toEqual([]);
    // The SQLite file is all there is: the PostgreSQL adapter and driver stay unloaded.
    expect(modules.filter((url) => url.includes('/pg/') || url.endsWith('/store/postgres.js'))).toEqual([]);
    const unneeded = modules.filter((url) =>
      ['/@inquirer/', '/render/', '/markdown', '/ical-generator/', '/minisearch/'].some((part) =>
        url.includes(part),
      ),
    );
    expect(unneeded).toEqual([]);
  });

  it('with --no-journal: loads no store code even when there is a database', () => {
    const cli = journalCli();
    expect(cli.run(['experiment', 'start', 'replicate-interpretability-result']).code).toBe(0);
    expect(loadsStore(modulesLoadedBy([...args, '--no-journal'], { LEVER_DATA_DIR: cli.dir }))).toEqual([]);
  });

  it('--data-dir points it at another data directory', () => {
    const cli = journalCli();
    expect(cli.run(['experiment', 'start', 'replicate-interpretability-result']).code).toBe(0);
    const modules = modulesLoadedBy([...args, '--data-dir', cli.dir]);
    expect(loadsStore(modules)).not.toEqual([]);
  });
});

describe('journal commands that only read', () => {
  it.each([['experiments'], ['asks'], ['fit', '--json'], ['journal']])(
    '"lever %s" creates no data directory',
    (...args) => {
      const cli = journalCli();
      expect(cli.run(args).code).toBe(0);
      expect(existsSync(cli.dir)).toBe(false);
    },
  );
});
