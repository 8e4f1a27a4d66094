/**
 * `lever backup` on real data directories: a copy SQLite itself finds whole and that holds the
 * data, also while `lever start` is running and being written to through its API; it replaces a
 * file only with --force, and with PostgreSQL it says what to use instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { startLever } from '../crash/lever-process.js';
import { seedJournal, TRICKY_NOTE } from './data-kit.js';
import { daysAgo, journalCli } from './journal-cli.js';
import { cleanEnv, type LeverRun, leverBin, workDir } from './run-lever.js';

interface BackupContents {
  integrity: string;
  experimentTitles: string[];
  notes: (string | null)[];
  asks: number;
}

/** Opens the backup read-only, as another program would, and reads what it holds. */
function readBackup(file: string): BackupContents {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: String(db.pragma('integrity_check', { simple: true })),
      experimentTitles: db
        .prepare('select title from experiments')
        .all()
        .map((row) => (row as { title: string }).title),
      notes: db
        .prepare('select note from check_ins')
        .all()
        .map((row) => (row as { note: string | null }).note),
      asks: Number(db.prepare('select count(*) from asks').pluck().get()),
    };
  } finally {
    db.close();
  }
}

/** `lever ARGS` as a child process that does not block this one, so a server can keep answering. */
function leverAsync(args: readonly string[], env: Record<string, string>): Promise<LeverRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [leverBin, ...args], { cwd: workDir, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('lever backup', () => {
  const cli = journalCli();
  beforeAll(() => seedJournal(cli), 120_000);

  it('copies the database into backups/ under a dated name, saying where', () => {
    const run = cli.run(['backup']);
    expect(run.code, run.stderr).toBe(0);
    const file = /^Backed up .*lever\.db to (.*) \(\d+ KB\)\.$/m.exec(run.stdout)?.[1] ?? '';
    expect(file).toMatch(/\/backups\/lever-backup-\d{4}-\d{2}-\d{2}T\d{6}\.db$/);
    expect(dirname(file)).toBe(join(cli.dir, 'backups'));
    expect(run.stdout).toContain('To restore it: stop Lever');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const backup = readBackup(file);
    expect(backup.integrity).toBe('ok');
    expect(backup.experimentTitles).toHaveLength(3);
    expect(backup.notes).toContain(TRICKY_NOTE);
    expect(backup.asks).toBe(1);
  });

  it('writes to the file given, and never replaces an existing one without --force (exit 4)', () => {
    const file = join(dirname(cli.dir), 'my-backup.db');
    const first = cli.run(['backup', file]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`to ${file} (`);
    const bytes = readFileSync(file);
    const again = cli.run(['backup', file]);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain(`${file} already exists`);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const taken = join(dirname(cli.dir), 'taken.db');
    writeFileSync(taken, 'not mine to replace');
    expect(cli.run(['backup', taken]).code).toBe(4);
    expect(readFileSync(taken, 'utf8')).toBe('not mine to replace');
  });

  it('refuses to copy the database onto itself, and standard output', () => {
    const self = cli.run(['backup', join(cli.dir, 'lever.db')]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('is the database itself');
    const dash = cli.run(['backup', '-']);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('give the name of a new file');
  });

  it('says there is nothing to back up where there is no database yet (exit 3)', () => {
    const fresh = journalCli();
    const run = fresh.run(['backup']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('there is no Lever database at');
    expect(existsSync(fresh.dir)).toBe(false);
  });

  it('with LEVER_DATABASE_URL, points to lever export and pg_dump (exit 2) without connecting', () => {
    const run = cli.run(['backup'], { LEVER_DATABASE_URL: 'postgres://lever@127.0.0.1:1/nowhere' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PostgreSQL');
    expect(run.stderr).toContain('lever export');
    expect(run.stderr).toContain('pg_dump');
  });
});

describe('lever backup while "lever start" is running and saving', () => {
  it('makes whole copies holding every write acknowledged before it began, while writes go on', async () => {
    const cli = journalCli();
    const server = await startLever(cli.dir, workDir);
    const api = new URL('api/v1/', server.url);
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let writing = true;
    const post = async (path: string, body: unknown) => {
      const response = await fetch(new URL(path, api), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 300) failures.push(`${response.status} ${path}: ${text.slice(0, 200)}`);
      return JSON.parse(text) as { id: string };
    };
    const writer = async (name: string) => {
      for (let n = 0; writing && failures.length === 0; n++) {
        const title = `${name} experiment ${n}`;
        const body = { title, path: 'policy', weeks: 2, startedOn: daysAgo(3) };
        const { id } = await post('experiments', body);
        await post(`experiments/${id}/check-ins`, {
          progress: 2,
          enjoyment: 3,
          date: daysAgo(1),
          note: title,
        });
        acknowledged.push(title);
      }
    };
    try {
      const writers = [writer('a'), writer('b')];
      while (acknowledged.length < 6 && failures.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const env = { LEVER_DATA_DIR: cli.dir };
      let before = acknowledged.length;
      for (const i of [1, 2, 3]) {
        const done = [...acknowledged];
        const file = join(dirname(cli.dir), `during-${i}.db`);
        const run = await leverAsync(['backup', file], env);
        expect(run.code, run.stderr).toBe(0);
        const backup = readBackup(file);
        expect(backup.integrity).toBe('ok');
        expect(backup.experimentTitles).toEqual(expect.arrayContaining(done));
        expect(backup.notes).toEqual(expect.arrayContaining(done));
        // The server kept saving while the copy was taken.
        while (acknowledged.length === before && failures.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        before = acknowledged.length;
      }
      writing = false;
      await Promise.all(writers);
      expect(failures).toEqual([]);
    } finally {
      writing = false;
      await server.stop();
    }
  }, 120_000);
});
