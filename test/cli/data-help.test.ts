/** The data commands in `lever --help`, the options each documents, and their start-up cost. */
import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from './module-trace.js';
import { lever } from './run-lever.js';

describe('help for the data commands', () => {
  it('lists export, import, backup and delete-all-my-data in lever --help', () => {
    const run = lever(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['export', 'import', 'backup', 'delete-all-my-data']) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    }
  });

  it.each([
    ['export', ['[file]', '--force', '--data-dir', 'LEVER_DATABASE_URL', 'lever import']],
    ['import', ['<file>', '--json', '--data-dir', 'lever delete-all-my-data']],
    ['backup', ['[file]', '--force', '--data-dir', 'pg_dump']],
    ['delete-all-my-data', ['--yes', '--data-dir', 'lever export', 'type "delete"']],
  ] as const)('lever %s --help documents %j', (command, words) => {
    const run = lever([command, '--help']);
    expect(run.code).toBe(0);
    for (const word of words) expect(run.stdout).toContain(word);
  });

  it('"lever delete-all-my-data --help" loads neither the prompts nor the store', () => {
    const modules = modulesLoadedBy(['delete-all-my-data', '--help']);
    expect(modules.filter((url) => url.includes('/node_modules/@inquirer/'))).toEqual([]);
    expect(modules.filter((url) => url.includes('/node_modules/better-sqlite3/'))).toEqual([]);
  });
});
