import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeStoreLocation,
  openStore,
  SQLITE_FILE_NAME,
  storeConfigFromEnvironment,
} from './open-store.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens lever.db inside the data directory, creating it, and keeps data across opens', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lever-open-'));
    roots.push(root);
    const dataDir = join(root, 'lever');
    const first = await openStore({ dataDir });
    await first.createProfile({ name: 'me', profile: { stage: 'student' } });
    await first.close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    const second = await openStore({ dataDir });
    expect((await second.listProfiles()).map((p) => p.name)).toEqual(['me']);
    await second.close();
  });

  it('rejects a LEVER_DATABASE_URL that is not PostgreSQL without echoing it', async () => {
    const error = await openStore({ databaseUrl: 'mysql://root:hunter2@db/lever' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ path: 'LEVER_DATABASE_URL' }] });
    expect((error as Error).message).not.toContain('hunter2');
  });
});

describe('storeConfigFromEnvironment', () => {
  it('takes LEVER_DATABASE_URL when set and non-blank, and always resolves a data directory', () => {
    const vars = { LEVER_DATA_DIR: '/srv/lever', LEVER_DATABASE_URL: ' postgres://u@db/lever ' };
    expect(storeConfigFromEnvironment({ vars })).toEqual({
      databaseUrl: 'postgres://u@db/lever',
      dataDir: '/srv/lever',
    });
    const local = storeConfigFromEnvironment({ vars: { LEVER_DATABASE_URL: '  ' }, dataDirFlag: '/d' });
    expect(local).toEqual({ databaseUrl: undefined, dataDir: '/d' });
  });

  it('describes where data lives without the password', () => {
    expect(describeStoreLocation({ databaseUrl: 'postgres://u:pw@db:5432/lever' })).toBe(
      'PostgreSQL database db:5432/lever',
    );
    expect(describeStoreLocation({ dataDir: '/srv/lever' })).toBe('SQLite file /srv/lever/lever.db');
  });
});
