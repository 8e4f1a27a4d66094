/**
 * Backing up a SQLite store while it is in use: the copy is consistent, holds every acknowledged
 * write, and never replaces an existing file or the live database.
 */

import { once } from 'node:events';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckInRecord, buildExperimentRecord } from './journal-test-kit.js';
import { openSqliteStore } from './sqlite.js';
import { buildProfile } from './store-test-kit.js';
import type { LeverStore } from './types.js';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lever-backup-'));
  tempDirs.push(dir);
  return dir;
}
const openStores: LeverStore[] = [];
async function open(file: string): Promise<LeverStore> {
  const store = await openSqliteStore({ file });
  openStores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/**
 * Writes until stopped, keeping the ids of the writes that were acknowledged. Each round yields to
 * the event loop, as a server between requests does.
 */
function writeLoop(write: (i: number) => Promise<string>) {
  const acknowledged: string[] = [];
  let stopped = false;
  const done = (async () => {
    for (let i = 0; !stopped; i++) {
      acknowledged.push(await write(i));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

/** Inserts profiles into the file from another thread, through a connection of its own, as fast as it can. */
const OTHER_WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
const stop = new Int32Array(workerData.stop);
const insert = db.prepare("insert into profiles (id, name, profile, created_at, updated_at) values (?, ?, '{}', ?, ?)");
for (let i = 0; Atomics.load(stop, 0) === 0; i++) {
  const now = new Date().toISOString();
  insert.run('elsewhere-' + i, 'from elsewhere ' + i, now, now);
  parentPort.postMessage('elsewhere-' + i);
}
db.close();
`;

function otherWriter(file: string) {
  const stop = new SharedArrayBuffer(4);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(OTHER_WRITER, { eval: true, workerData: { file, driver, stop } });
  const acknowledged: string[] = [];
  worker.on('message', (id: string) => acknowledged.push(id));
  const exited = once(worker, 'exit');
  return {
    acknowledged,
    stop: async () => {
      Atomics.store(new Int32Array(stop), 0, 1);
      await exited;
    },
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('backing up a SQLite store', () => {
  it('copies the database while writes go on, keeping every write acknowledged before it began', async () => {
    const dir = tempDir();
    const file = join(dir, 'lever.db');
    const store = await open(file);
    const notes = 'n'.repeat(4000);
    const seeded: string[] = [];
    for (let i = 0; i < 300; i++) {
      seeded.push((await store.createProfile({ name: `p${i}`, profile: buildProfile({ notes }) })).id);
    }
    // This process's own writes, and another connection's, like the web server's while the CLI backs up.
    const journal = writeLoop(async () => {
      const { id } = await store.createExperiment(buildExperimentRecord());
      await store.addCheckIn(id, buildCheckInRecord());
      return id;
    });
    const elsewhere = otherWriter(file);
    try {
      await until(() => journal.acknowledged.length >= 5 && elsewhere.acknowledged.length >= 5);
    } catch (error) {
      await Promise.all([journal.stop(), elsewhere.stop()]);
      throw error;
    }

    const beforeExperiments = [...journal.acknowledged];
    const beforeProfiles = [...seeded, ...elsewhere.acknowledged];
    const destination = join(dir, 'backups', 'lever-backup.db');
    const summary = await store
      .backupTo(destination)
      .finally(() => Promise.all([journal.stop(), elsewhere.stop()]));

    expect(summary).toEqual({ file: destination, bytes: statSync(destination).size });
    expect(summary.bytes).toBeGreaterThan(300 * 4000);
    expect(integrityOf(destination)).toBe('ok');
    const copy = await open(destination);
    const copiedProfiles = new Set((await copy.listProfiles()).map((p) => p.id));
    for (const id of beforeProfiles) expect(copiedProfiles.has(id)).toBe(true);
    const experiments = await copy.listExperiments();
    const copiedExperiments = new Set(experiments.map((e) => e.id));
    for (const id of beforeExperiments) expect(copiedExperiments.has(id)).toBe(true);
    // One consistent moment: every copied experiment has the check-in written with it, or it was
    // copied before that check-in, in which case its updatedAt still says so.
    for (const e of experiments) {
      expect(e.checkIns.length === 1 || e.updatedAt === e.createdAt).toBe(true);
    }
    // The live store went on working and still holds everything.
    expect((await store.listProfiles()).length).toBe(300 + elsewhere.acknowledged.length);
  });

  it('writes a file only its owner can read, creating missing folders, and leaves no partial file', async () => {
    const dir = tempDir();
    const store = await open(join(dir, 'lever.db'));
    await store.createProfile({ name: 'me', profile: buildProfile() });
    const destination = join(dir, 'a', 'b', 'copy.db');
    const { file } = await store.backupTo(relative(process.cwd(), destination));
    expect(file).toBe(destination);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['copy.db']);
    expect((await (await open(file)).listProfiles()).map((p) => p.name)).toEqual(['me']);
  });

  it('never overwrites an existing file', async () => {
    const dir = tempDir();
    const store = await open(join(dir, 'lever.db'));
    const existing = join(dir, 'notes.db');
    writeFileSync(existing, 'my own notes');
    await expect(store.backupTo(existing)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already exists'),
    });
    expect(readFileSync(existing, 'utf8')).toBe('my own notes');
    expect(readdirSync(dir).sort()).toEqual(['lever.db', 'lever.db-shm', 'lever.db-wal', 'notes.db']);
  });

  it('refuses to back up onto the live database, under any name', async () => {
    const dir = tempDir();
    const file = join(dir, 'lever.db');
    const store = await open(file);
    await store.createProfile({ name: 'me', profile: {} });
    const link = join(dir, 'link.db');
    symlinkSync(file, link);
    for (const destination of [file, link, relative(process.cwd(), file)]) {
      await expect(store.backupTo(destination)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('the database itself'),
      });
    }
    await expect(store.backupTo('  ')).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await store.listProfiles()).map((p) => p.name)).toEqual(['me']);
  });

  it('backs up a store kept in memory', async () => {
    const store = await open(':memory:');
    await store.createProfile({ name: 'in memory', profile: {} });
    const destination = join(tempDir(), 'memory.db');
    await store.backupTo(destination);
    expect(integrityOf(destination)).toBe('ok');
    expect((await (await open(destination)).listProfiles()).map((p) => p.name)).toEqual(['in memory']);
  });
});
