import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeverDatabase } from './database.js';
import { buildAskRecord, buildCheckInRecord, buildExperimentRecord } from './journal-test-kit.js';
import { openSqliteStore } from './sqlite.js';
import { runStoreContract } from './store-contract.js';
import { runUpgradeContract } from './store-contract-upgrade.js';
import { buildProfile, type StoreTarget } from './store-test-kit.js';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lever-store-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs one statement on the file through a connection of its own, behind the store's back. */
function onFile<T>(file: string, run: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

function fileTarget(): StoreTarget {
  const file = join(tempDir(), 'nested', 'data', 'lever.db');
  return {
    open: (env) => openSqliteStore({ file, env }),
    writeRawProfile: async (id, json) => {
      onFile(file, (db) => db.prepare('update profiles set profile = ? where id = ?').run(json, id));
    },
    openRaw: async () => {
      mkdirSync(dirname(file), { recursive: true });
      const database = new Database(file);
      return {
        db: new Kysely<LeverDatabase>({ dialect: new SqliteDialect({ database }) }),
        engine: 'sqlite',
      };
    },
    destroy: async () => {},
  };
}

runStoreContract('SQLite file', async () => fileTarget(), { persistent: true });
runUpgradeContract('SQLite file', async () => fileTarget());
runStoreContract(
  'SQLite :memory:',
  async () => ({ open: (env) => openSqliteStore({ file: ':memory:', env }), destroy: async () => {} }),
  { persistent: false },
);

describe('openSqliteStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  it('creates missing parent directories owner-only, and uses WAL with foreign keys on', async () => {
    const file = join(dir, 'a', 'b', 'lever.db');
    const store = await openSqliteStore({ file });
    await store.createProfile({ name: 'me', profile: {} });
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o700);
    expect(onFile(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    await store.close();
  });

  it('uses the real clock and random UUIDs when no environment is injected', async () => {
    const store = await openSqliteStore({ file: ':memory:' });
    const before = Date.now();
    const saved = await store.createProfile({ name: 'me', profile: {} });
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(saved.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(saved.createdAt)).toBeLessThanOrEqual(Date.now());
    await store.close();
  });

  it('reports a profile column that is not JSON as an internal error naming the row', async () => {
    const target = fileTarget();
    const store = await target.open({ now: () => new Date(0), newId: () => 'row-1' });
    await store.createProfile({ name: 'me', profile: buildProfile() });
    await target.writeRawProfile?.('row-1', '{"stage": "student"');
    await expect(store.getProfile('row-1')).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/"row-1" is not JSON/),
    });
    await store.close();
  });

  it('reads a list of experiments with their check-ins in two queries, however many there are', async () => {
    const statements: string[] = [];
    const store = await openSqliteStore({ file: ':memory:', onQuery: (sql) => statements.push(sql) });
    for (let i = 0; i < 5; i++) {
      const { id } = await store.createExperiment(buildExperimentRecord());
      for (let j = 0; j < 3; j++) await store.addCheckIn(id, buildCheckInRecord());
    }
    statements.length = 0;
    const list = await store.listExperiments();
    expect(list.flatMap((e) => e.checkIns)).toHaveLength(15);
    expect(statements.filter((sql) => /^\s*select/i.test(sql))).toHaveLength(2);
    statements.length = 0;
    expect((await store.getExperiment(list[0]?.id ?? ''))?.checkIns).toHaveLength(3);
    expect(statements.filter((sql) => /^\s*select/i.test(sql))).toHaveLength(2);
    await store.close();
  });

  it('refuses a file that is not a SQLite database, naming the file', async () => {
    const file = join(dir, 'lever.db');
    writeFileSync(file, 'these are my notes, not a database'.repeat(100));
    await expect(openSqliteStore({ file })).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining(file),
    });
  });

  it('refuses a database migrated by a newer Lever instead of guessing', async () => {
    const file = join(dir, 'lever.db');
    await (await openSqliteStore({ file })).close();
    onFile(file, (db) =>
      db.prepare("insert into kysely_migration (name, timestamp) values ('999-from-the-future', 'x')").run(),
    );
    await expect(openSqliteStore({ file })).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('999-from-the-future'),
    });
  });
});

describe('deleting on SQLite', () => {
  /** Whether `text` is anywhere in the database file or its write-ahead log, as bytes. */
  const onDisk = (file: string, text: string) =>
    [file, `${file}-wal`].some((path) => existsSync(path) && readFileSync(path).includes(Buffer.from(text)));

  it('leaves no deleted or replaced text in the database file or its log, while the store stays open', async () => {
    const file = join(tempDir(), 'lever.db');
    const store = await openSqliteStore({ file });
    const experiment = await store.createExperiment(buildExperimentRecord({ title: 'Kept experiment' }));
    await store.addCheckIn(experiment.id, buildCheckInRecord({ note: 'kept-note-1a2b' }));
    const mistaken = await store.addCheckIn(
      experiment.id,
      buildCheckInRecord({ note: 'mistaken-note-4e5f' }),
    );
    const mistakenId = mistaken?.checkIns.find((c) => c.note === 'mistaken-note-4e5f')?.id ?? '';
    const doomed = await store.createExperiment(buildExperimentRecord({ title: 'Doomed experiment' }));
    await store.addCheckIn(doomed.id, buildCheckInRecord({ note: 'secret-note-9f8e' }));
    const ask = await store.createAsk(buildAskRecord({ ask: 'secret-ask-7d6c' }));
    const profile = await store.createProfile({ name: 'secret-name-5b4a', profile: buildProfile() });
    const edited = await store.createAsk(buildAskRecord({ ask: 'first-draft-3c2d' }));
    const texts = [
      'secret-note-9f8e',
      'secret-ask-7d6c',
      'secret-name-5b4a',
      'first-draft-3c2d',
      'mistaken-note-4e5f',
    ];
    for (const text of [...texts, 'kept-note-1a2b']) expect(onDisk(file, text), text).toBe(true);

    await store.updateAsk(edited.id, buildAskRecord({ ask: 'second-draft' }));
    expect(onDisk(file, 'first-draft-3c2d')).toBe(false);
    await store.deleteCheckIn(experiment.id, mistakenId);
    await store.deleteExperiment(doomed.id);
    await store.deleteAsk(ask.id);
    await store.deleteProfile(profile.id);
    for (const text of texts) expect(onDisk(file, text), text).toBe(false);
    expect(onDisk(file, 'kept-note-1a2b')).toBe(true);

    await store.deleteAllData();
    expect(onDisk(file, 'kept-note-1a2b')).toBe(false);
    expect(onDisk(file, 'Kept experiment')).toBe(false);
    expect(await store.listExperiments()).toEqual([]);
    await store.close();
  });
});
