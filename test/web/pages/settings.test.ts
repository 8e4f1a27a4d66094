/**
 * "Your data" as pages: where the data lives and what is saved, the export download, importing a
 * file (added / already here, invalid 400, conflict 409, too large 413, wrong type 415), backing
 * up the SQLite file (absent on PostgreSQL), deleting everything behind a typed confirmation, the
 * export → delete-all → import round trip, and cross-site posts refused with nothing changed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../../src/core/export/schema.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { testEnvironment } from '../../../src/store/store-test-kit.js';
import type { LeverStore } from '../../../src/store/types.js';
import { createApp } from '../../../src/web/app.js';
import type { AppDeps, StorageLocation } from '../../../src/web/deps.js';
import { IMPORT_MAX_BYTES } from '../../../src/web/pages/settings/routes.js';
import { loadAppDeps } from '../../../src/web/server.js';
import { escaped, FULL_PROFILE, ORIGIN, type Page } from './harness.js';
import { CROSS_SITE_HEADERS } from './journal-builders.js';

interface SettingsApp {
  deps: AppDeps;
  store: LeverStore;
  dataDir: string;
  request(path: string, init?: RequestInit): Promise<Page>;
  get(path: string): Promise<Page>;
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Page>;
  /** Posts a file through the import form, as a browser sends it (multipart). */
  upload(text: string, name?: string, headers?: Record<string, string>): Promise<Page>;
  /** The same data under another storage description (the app is rebuilt over the same store). */
  withStorage(storage: StorageLocation | undefined): SettingsApp;
}

function settingsApp(deps: AppDeps, store: LeverStore, dataDir: string): SettingsApp {
  const app = createApp(deps);
  const request = async (path: string, init: RequestInit = {}): Promise<Page> => {
    const response = await app.request(path, init);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  return {
    deps,
    store,
    dataDir,
    request,
    get: (path) => request(path),
    post: (path, fields, headers = { origin: ORIGIN }) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    upload: (text, name = 'lever-export.json', headers = { origin: ORIGIN }) => {
      const form = new FormData();
      form.append('file', new File([text], name, { type: 'application/json' }));
      return request('/settings/import', { method: 'POST', headers, body: form });
    },
    withStorage: (storage) => settingsApp({ ...deps, storage }, store, dataDir),
  };
}

let current: SettingsApp | undefined;
beforeEach(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lever-settings-'));
  const file = join(dataDir, 'lever.db');
  const store = await openSqliteStore({ file, env: testEnvironment() });
  current = settingsApp(
    { ...loadAppDeps(store), storage: { kind: 'sqlite', file, dataDir } },
    store,
    dataDir,
  );
});
afterEach(async () => {
  await current?.store.close();
  if (current) rmSync(current.dataDir, { recursive: true, force: true });
  current = undefined;
});
function app(): SettingsApp {
  if (!current) throw new Error('only inside a test');
  return current;
}

/** One saved profile, an experiment with two check-ins, a claimed topic and an ask. */
async function seed(a: SettingsApp): Promise<void> {
  await a.store.createProfile({ name: 'Me <b>now</b>', profile: FULL_PROFILE });
  const { journal } = a.deps;
  const experiment = await journal.startExperiment({ testId: 'replicate-interpretability-result' });
  await journal.logCheckIn(experiment.id, { progress: 3, enjoyment: 2, note: 'Went well & fast' });
  await journal.logCheckIn(experiment.id, { progress: 2, enjoyment: 3 });
  await journal.claimTopic({ topicId: 'global-gpu-tracking' });
  await journal.createAsk({ title: 'Evaluations first', ask: 'Run the evaluations before each release.' });
}

async function exported(a: SettingsApp): Promise<{ text: string; document: ExportDocument; page: Page }> {
  const page = await a.get('/settings/export.json');
  return { text: page.html, document: JSON.parse(page.html) as ExportDocument, page };
}

/** The export without its time stamp, to compare what two exports hold. */
function records(document: ExportDocument): Omit<ExportDocument, 'exportedAt'> {
  const { exportedAt: _, ...rest } = document;
  return rest;
}

function countOf(html: string, kind: string): string {
  return new RegExp(`id="count-${kind}"><dt>[^<]*</dt><dd>(\\d+)</dd>`).exec(html)?.[1] ?? 'missing';
}

describe('the settings page', () => {
  it('says where the data lives and what is saved, and offers export, import, backup and delete', async () => {
    const a = app();
    await seed(a);
    const { status, html, headers } = await a.get('/settings');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<a href="/settings" aria-current="page">Your data</a>');
    expect(html).toContain('<h1>Your data</h1>');
    expect(html).toContain(escaped(join(a.dataDir, 'lever.db')));
    expect([countOf(html, 'profiles'), countOf(html, 'experiments')]).toEqual(['1', '2']);
    expect([countOf(html, 'checkIns'), countOf(html, 'asks')]).toEqual(['2', '1']);
    expect(html).toContain('href="/settings/export.json"');
    expect(html).toContain('action="/settings/import" enctype="multipart/form-data"');
    expect(html).toContain('<label for="import-file">Export file</label>');
    expect(html).toContain('up to 20 MB');
    expect(html).toContain('<form method="post" action="/settings/backup" id="backup-form">');
    expect(html).toContain(escaped(join(a.dataDir, 'backups')));
    expect(html).toContain('href="/settings/delete-all"');
    expect(html).toContain('Removes 1 saved profile, 2 experiments, 2 check-ins and 1 ask for good.');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle=/);
  });

  it('on PostgreSQL names the database without credentials, has no backup button and explains', async () => {
    const a = app().withStorage({
      kind: 'postgres',
      description: 'PostgreSQL database db.example:5432/lever',
    });
    const { html } = await a.get('/settings');
    expect(html).toContain('PostgreSQL database db.example:5432/lever');
    expect(html).not.toContain('id="backup-form"');
    expect(html).toContain('id="backup-unavailable"');
    expect(html).toContain('<code>pg_dump</code>');
    const refused = await a.post('/settings/backup', {});
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('id="backup-problem"');
    expect(existsSync(join(a.dataDir, 'backups'))).toBe(false);
  });

  it('shows no notice for a made-up or malformed query', async () => {
    const a = app();
    for (const query of [
      '?deleted=1.2',
      '?added=1.1.1.1',
      '?backup=..%2Flever.db',
      '?backup=lever-backup-2030-01-01T000000.db',
    ])
      expect((await a.get(`/settings${query}`)).html).not.toContain('id="done-notice"');
  });
});

describe('exporting', () => {
  it('downloads everything as a dated JSON attachment that is never cached', async () => {
    const a = app();
    await seed(a);
    const { document, page } = await exported(a);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const today = a.deps.journal.today();
    expect(page.headers.get('content-disposition')).toBe(`attachment; filename="lever-export-${today}.json"`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(document.format).toBe('lever-export');
    expect(document.profiles.map((p) => p.name)).toEqual(['Me <b>now</b>']);
    expect(document.experiments.flatMap((e) => e.checkIns)).toHaveLength(2);
    expect(page.html.endsWith('}\n')).toBe(true);
  });
});

describe('the round trip: export, delete everything, import', () => {
  it('gives back the same export, with a notice at each step', async () => {
    const a = app();
    await seed(a);
    const before = await exported(a);

    const deleted = await a.post('/settings/delete-all', { confirm: 'delete' });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/settings?deleted=1.2.2.1');
    const afterDelete = await a.get('/settings?deleted=1.2.2.1');
    expect(afterDelete.html).toContain('Deleted 1 saved profile, 2 experiments, 2 check-ins and 1 ask.');
    expect(countOf(afterDelete.html, 'profiles')).toBe('0');
    expect(records((await exported(a)).document)).toEqual({
      ...records(before.document),
      profiles: [],
      experiments: [],
      asks: [],
    });

    const imported = await a.upload(before.text);
    expect(imported.status).toBe(303);
    const location = imported.headers.get('location') ?? '';
    expect(location).toBe('/settings?added=1.2.2.1&unchanged=0.0.0.0');
    const shown = await a.get(location);
    expect(shown.html).toContain('Imported: added 1 saved profile, 2 experiments, 2 check-ins and 1 ask.');
    expect(shown.html).toMatch(
      /id="imported-checkIns"><th scope="row">Check-ins<\/th><td class="num">2<\/td><td class="num">0<\/td>/,
    );
    expect(records((await exported(a)).document)).toEqual(records(before.document));
  });

  it('adds nothing when the file is imported again, saying what was already here', async () => {
    const a = app();
    await seed(a);
    const { text } = await exported(a);
    const again = await a.upload(text);
    expect(again.headers.get('location')).toBe('/settings?added=0.0.0.0&unchanged=1.2.2.1');
    const shown = await a.get(again.headers.get('location') ?? '');
    expect(shown.html).toContain('everything in the file was already here, so nothing was added');
  });
});

describe('import refusals change nothing', () => {
  it('lists the first 20 problems of an invalid document (400)', async () => {
    const a = app();
    await seed(a);
    const { document } = await exported(a);
    const broken = { ...document, asks: Array.from({ length: 25 }, (_, i) => ({ id: `ask-${i}` })) };
    const before = records((await exported(a)).document);
    const page = await a.upload(JSON.stringify(broken));
    expect(page.status).toBe(400);
    expect(page.html).toContain('id="import-problem"');
    expect(page.html).toContain('This file is not a Lever export that can be imported:');
    const listed = page.html.slice(page.html.indexOf('id="import-problems"'));
    expect(listed.slice(0, listed.indexOf('</ul>')).match(/<li>/g)).toHaveLength(21);
    expect(page.html).toMatch(/and \d+ more not listed here/);
    expect(page.html).toContain('Nothing was imported.');
    expect(records((await exported(a)).document)).toEqual(before);
  });

  it('says a file that is not JSON, not UTF-8, or missing cannot be imported (400)', async () => {
    const a = app();
    const notJson = await a.upload('{"format": "lever-export",');
    expect(notJson.status).toBe(400);
    expect(notJson.html).toContain('not valid JSON');
    const form = new FormData();
    form.append('file', new File([new Uint8Array([0xff, 0xfe, 0x00])], 'x.json'));
    const binary = await a.request('/settings/import', {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: form,
    });
    expect(binary.status).toBe(400);
    expect(binary.html).toContain('not UTF-8 text');
    const none = new FormData();
    none.append('file', new File([], ''));
    const missing = await a.request('/settings/import', {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: none,
    });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('Choose an export file to import.');
    expect((await a.store.exportAll()).profiles).toEqual([]);
  });

  it('names the conflicting records and suggests deleting everything first (409)', async () => {
    const a = app();
    await seed(a);
    const { document } = await exported(a);
    const [profile] = document.profiles;
    if (!profile) throw new Error('seed saved no profile');
    const changed = { ...document, profiles: [{ ...profile, name: 'Renamed elsewhere' }] };
    const page = await a.upload(JSON.stringify(changed));
    expect(page.status).toBe(409);
    expect(page.html).toContain('Some records in the file are already saved here with different contents:');
    expect(page.html).toContain('<code>profiles[0]</code>');
    expect(page.html).toContain('<a href="/settings/delete-all">delete all your data</a>');
    expect((await a.store.listProfiles()).map((p) => p.name)).toEqual(['Me <b>now</b>']);
  });

  it('refuses a file over the import limit, declared or counted while it arrives (413)', async () => {
    const a = app();
    const { text } = await exported(a);
    const declared = await a.request('/settings/import', {
      method: 'POST',
      headers: {
        origin: ORIGIN,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(IMPORT_MAX_BYTES + 1),
      },
      body: '--x--',
    });
    expect(declared.status).toBe(413);
    expect(declared.html).toContain('more than 20 MB');
    expect(declared.html).toContain('id="import-form"');
    const padded = `${text.slice(0, -2)}${' '.repeat(IMPORT_MAX_BYTES)}}\n`;
    const counted = await a.upload(padded);
    expect(counted.status).toBe(413);
    expect((await a.store.exportAll()).profiles).toEqual([]);
  });

  it('refuses an import not sent as a multipart upload (415)', async () => {
    const a = app();
    await seed(a);
    const { text } = await exported(a);
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain']) {
      const page = await a.request('/settings/import', {
        method: 'POST',
        headers: { origin: ORIGIN, 'content-type': type },
        body: text,
      });
      expect(page.status).toBe(415);
      expect(page.html).toContain('multipart/form-data');
    }
  });
});

describe('backing up', () => {
  it('writes a new backup into backups/ and shows where, never replacing one', async () => {
    const a = app();
    await seed(a);
    const first = await a.post('/settings/backup', {});
    expect(first.status).toBe(303);
    const location = first.headers.get('location') ?? '';
    expect(location).toMatch(/^\/settings\?backup=lever-backup-\d{4}-\d{2}-\d{2}T\d{6}(-\d+)?\.db$/);
    const name = decodeURIComponent(location.slice('/settings?backup='.length));
    const shown = await a.get(location);
    expect(shown.html).toContain(
      `Backed up to <code class="path">${escaped(join(a.dataDir, 'backups', name))}</code>`,
    );
    const second = await a.post('/settings/backup', {});
    expect(second.status).toBe(303);
    expect(readdirSync(join(a.dataDir, 'backups'))).toHaveLength(2);
    const copy = await openSqliteStore({ file: join(a.dataDir, 'backups', name), env: testEnvironment() });
    try {
      expect(await copy.exportAll()).toEqual(await a.store.exportAll());
    } finally {
      await copy.close();
    }
  });
});

describe('deleting everything', () => {
  it('asks for the typed word on a page that suggests exporting first', async () => {
    const a = app();
    await seed(a);
    const { status, html } = await a.get('/settings/delete-all');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Delete all your data?</h1>');
    expect(html).toContain('This removes 1 saved profile, 2 experiments, 2 check-ins and 1 ask');
    expect(html).toContain('<a href="/settings/export.json">Download an export first</a>');
    expect(html).toContain('<label for="confirm-word">Type “delete” to confirm</label>');
    expect(html).toContain('action="/settings/delete-all"');
  });

  it('re-shows the form with an inline error for any other word, deleting nothing', async () => {
    const a = app();
    await seed(a);
    for (const typed of ['', 'yes', 'deleted', 'delete all']) {
      const page = await a.post('/settings/delete-all', { confirm: typed });
      expect(page.status).toBe(400);
      expect(page.html).toContain('id="confirm-error"');
      expect(page.html).toContain('aria-invalid="true"');
      expect(page.html).toContain(`value="${typed}"`);
      expect(page.html).toContain('nothing was deleted');
    }
    expect((await a.store.exportAll()).asks).toHaveLength(1);
  });

  it('accepts the word in any case with spaces around it', async () => {
    const a = app();
    await seed(a);
    const page = await a.post('/settings/delete-all', { confirm: ' Delete ' });
    expect(page.status).toBe(303);
    expect(await a.store.exportAll()).toEqual({ profiles: [], experiments: [], asks: [] });
  });
});

describe('posts from other sites', () => {
  it('are refused (403) on every settings form, with nothing changed', async () => {
    const a = app();
    await seed(a);
    const { text } = await exported(a);
    const before = await a.store.exportAll();
    for (const headers of CROSS_SITE_HEADERS) {
      for (const path of ['/settings/backup', '/settings/delete-all'])
        expect((await a.post(path, { confirm: 'delete' }, headers)).status).toBe(403);
      await a.store.deleteAllData();
      const upload = await a.upload(text, 'x.json', headers);
      expect(upload.status).toBe(403);
      expect(upload.html).toContain('This form was not sent from Lever');
      expect((await a.store.exportAll()).profiles).toEqual([]);
      await a.upload(text);
    }
    expect(await a.store.exportAll()).toEqual(before);
    expect(existsSync(join(a.dataDir, 'backups'))).toBe(false);
  });
});
