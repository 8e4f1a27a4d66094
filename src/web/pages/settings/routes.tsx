/**
 * "Your data" as pages: the settings page, the export download, importing a file, backing up the
 * database and deleting everything. Every change is a same-origin form POST answered with 303 to
 * /settings carrying what was done (so a reload never repeats it); a refused one comes back as the
 * page with the problem and its status, and nothing is changed then.
 */
import { basename } from 'node:path';
import { type Context, Hono } from 'hono';
import { LeverError } from '../../../core/errors.js';
import { countsOf } from '../../../core/export/counts.js';
import type { ImportSummary } from '../../../core/export/schema.js';
import { deleteEverything, exportDocument, importDocumentJson } from '../../../journal/data.js';
import type { AppDeps } from '../../deps.js';
import { jsonText } from '../../http/json.js';
import { type FormEntries, MULTIPART, readForm, readFormEntries } from '../form-data.js';
import { renderPage } from '../render.js';
import { sameOriginPosts } from '../same-origin.js';
import {
  SETTINGS_BACKUP_URL,
  SETTINGS_DELETE_URL,
  SETTINGS_EXPORT_URL,
  SETTINGS_IMPORT_URL,
  SETTINGS_URL,
} from '../urls.js';
import { backUpNow, backupOnDisk } from './backup.js';
import { CONFIRM_WORD, confirmsDeletion, DeleteAllPage } from './delete-page.js';
import { noticeUrl, parseNotice } from './notices.js';
import type { ImportFailure, ShownNotice } from './parts.js';
import { SettingsPage, type SettingsPageProps } from './settings-page.js';

/** The largest export file the import form takes: years of daily check-ins are a few megabytes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** "lever-export-2030-01-31.json" for the person's local day. */
export function exportFileName(today: string): string {
  return `lever-export-${today}.json`;
}

// Export files are UTF-8; anything else is not one, rather than text with replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The export file's text from the upload form, or why it cannot be imported. */
async function uploadedText(entries: FormEntries): Promise<string | ImportFailure> {
  const file = entries.find(([name]) => name === 'file')?.[1];
  if (file === undefined || typeof file === 'string' || (file.size === 0 && file.name === '')) {
    return { status: 400, message: 'Choose an export file to import.', problems: [] };
  }
  try {
    return utf8.decode(await file.arrayBuffer());
  } catch {
    return {
      status: 400,
      message: 'This file is not UTF-8 text, so it is not a Lever export.',
      problems: [],
    };
  }
}

/** The failure the import form shows for `error`; anything unexpected is thrown on. */
function importFailure(error: unknown): ImportFailure {
  if (!(error instanceof LeverError)) throw error;
  switch (error.code) {
    case 'invalid_input':
      return {
        status: 400,
        message: 'This file is not a Lever export that can be imported:',
        problems: error.problems.length > 0 ? error.problems : [{ path: '', message: error.message }],
      };
    case 'conflict':
      return {
        status: 409,
        message: 'Some records in the file are already saved here with different contents:',
        problems: error.problems.length > 0 ? error.problems : [{ path: '', message: error.message }],
      };
    case 'payload_too_large':
      return { status: 413, message: error.message, problems: [] };
    case 'unsupported_media_type':
      return { status: 415, message: error.message, problems: [] };
    default:
      throw error;
  }
}

export function settingsRoutes(deps: AppDeps): Hono {
  const { store, storage } = deps;
  const source = deps.advice.ikb.kb.source;
  const app = new Hono();
  app.use(SETTINGS_URL, sameOriginPosts(source));
  app.use(`${SETTINGS_URL}/*`, sameOriginPosts(source));

  const counts = async () => countsOf(await store.exportAll());

  const settingsPage = async (
    c: Context,
    extra: Partial<SettingsPageProps>,
    status: 200 | 400 | 409 | 413 | 415 = 200,
  ) => {
    c.header('Cache-Control', 'no-store');
    const page = (
      <SettingsPage
        source={source}
        storage={storage}
        counts={await counts()}
        importMaxBytes={IMPORT_MAX_BYTES}
        {...extra}
      />
    );
    return renderPage(c, page, status);
  };

  /** The notice in the query, with a backup's file looked up (a name with no file shows nothing). */
  const shownNotice = (c: Context): ShownNotice | undefined => {
    const notice = parseNotice((name) => c.req.query(name));
    if (notice?.kind !== 'backed-up') return notice;
    if (storage?.kind !== 'sqlite') return undefined;
    const backup = backupOnDisk(storage.dataDir, notice.name);
    return backup && { kind: 'backed-up', ...backup, live: storage.file };
  };

  app.get(SETTINGS_URL, (c) => settingsPage(c, { notice: shownNotice(c) }));

  app.get(SETTINGS_EXPORT_URL, async (c) => {
    const document = await exportDocument(store, new Date());
    return c.body(jsonText(document), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(deps.journal.today())}"`,
      'Cache-Control': 'no-store',
    });
  });

  app.post(SETTINGS_IMPORT_URL, async (c) => {
    let summary: ImportSummary;
    try {
      const text = await uploadedText(await readFormEntries(c, IMPORT_MAX_BYTES, [MULTIPART]));
      if (typeof text !== 'string') return settingsPage(c, { importFailure: text }, text.status);
      summary = await importDocumentJson(store, text);
    } catch (error) {
      const failure = importFailure(error);
      return settingsPage(c, { importFailure: failure }, failure.status);
    }
    return c.redirect(noticeUrl({ kind: 'imported', summary }), 303);
  });

  app.post(SETTINGS_BACKUP_URL, async (c) => {
    if (storage?.kind !== 'sqlite') {
      const backupProblem =
        storage?.kind === 'postgres'
          ? 'Your data is in PostgreSQL, so there is no database file to back up. Download an export instead.'
          : 'There is no database file to back up. Download an export instead.';
      return settingsPage(c, { backupProblem }, 400);
    }
    try {
      const backup = await backUpNow(store, storage.dataDir, new Date());
      return c.redirect(noticeUrl({ kind: 'backed-up', name: basename(backup.file) }), 303);
    } catch (error) {
      if (!(error instanceof LeverError) || error.code === 'internal') throw error;
      return settingsPage(c, { backupProblem: error.message }, error.code === 'conflict' ? 409 : 400);
    }
  });

  app.get(SETTINGS_DELETE_URL, async (c) => {
    c.header('Cache-Control', 'no-store');
    return renderPage(c, <DeleteAllPage source={source} counts={await counts()} />);
  });

  app.post(SETTINGS_DELETE_URL, async (c) => {
    const typed = (await readForm(c)).confirm ?? '';
    if (!confirmsDeletion(typed)) {
      const error =
        typed.trim() === ''
          ? `Type “${CONFIRM_WORD}” to confirm; nothing was deleted.`
          : `That is not “${CONFIRM_WORD}”, so nothing was deleted. Type the word exactly to confirm.`;
      c.header('Cache-Control', 'no-store');
      const page = <DeleteAllPage source={source} counts={await counts()} typed={typed} error={error} />;
      return renderPage(c, page, 400);
    }
    const removed = await deleteEverything(store);
    return c.redirect(noticeUrl({ kind: 'deleted', counts: removed }), 303);
  });

  return app;
}
