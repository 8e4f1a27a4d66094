/**
 * "Your data" (/settings): where Lever keeps what the person saved, how much there is, and what
 * they can do with it: download everything as one file, import such a file, back up the database
 * (SQLite only), and delete everything (after a confirmation page). Plain forms, no script.
 */

import { type DataCounts, describeCounts, totalOf } from '../../../core/export/counts.js';
import type { Source } from '../../../core/kb/schema.js';
import type { StorageLocation } from '../../deps.js';
import { limitText } from '../form-data.js';
import { Layout } from '../layout.js';
import {
  SETTINGS_BACKUP_URL,
  SETTINGS_DELETE_URL,
  SETTINGS_EXPORT_URL,
  SETTINGS_IMPORT_URL,
} from '../urls.js';
import { backupFolder } from './backup.js';
import {
  CountsList,
  type ImportFailure,
  ImportFailureView,
  SettingsNoticeView,
  type ShownNotice,
} from './parts.js';

export interface SettingsPageProps {
  source: Source;
  storage: StorageLocation | undefined;
  counts: DataCounts;
  /** The largest export file the import form accepts. */
  importMaxBytes: number;
  notice?: ShownNotice | undefined;
  importFailure?: ImportFailure | undefined;
  /** Why "Back up now" did not work. */
  backupProblem?: string | undefined;
}

function WhereItLives(props: { storage: StorageLocation | undefined }) {
  const { storage } = props;
  if (storage === undefined) {
    return (
      <p id="storage">
        This Lever was started without a place on disk for your data, so it is not kept after Lever stops.
      </p>
    );
  }
  if (storage.kind === 'postgres') {
    return (
      <p id="storage">
        In a PostgreSQL database: <code class="path">{storage.description}</code>. Lever reaches it with the
        connection address it was started with.
      </p>
    );
  }
  return (
    <p id="storage">
      In one SQLite file on this computer: <code class="path">{storage.file}</code>. Only your user account
      can read it.
    </p>
  );
}

function BackupSection(props: { storage: StorageLocation | undefined; problem: string | undefined }) {
  const { storage } = props;
  return (
    <section class="settings-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up the database</h2>
      {props.problem === undefined ? null : (
        <div class="notice error" role="alert" id="backup-problem">
          <p>{props.problem}</p>
        </div>
      )}
      {storage?.kind === 'sqlite' ? (
        <>
          <p>
            A complete copy of the database file, safe to take while Lever is running. It goes to{' '}
            <code class="path">{backupFolder(storage.dataDir)}</code> under a name with today's date and time;
            no file there is ever replaced.
          </p>
          <form method="post" action={SETTINGS_BACKUP_URL} id="backup-form">
            <button type="submit">Back up now</button>
          </form>
        </>
      ) : storage?.kind === 'postgres' ? (
        <p id="backup-unavailable">
          Your data is in PostgreSQL, so there is no database file for Lever to copy. Download the export
          above for a file of everything you saved, or back up the whole database with PostgreSQL's own tools,
          such as <code>pg_dump</code>.
        </p>
      ) : (
        <p id="backup-unavailable">
          There is no database file to copy. Download the export above to keep a file of everything you saved.
        </p>
      )}
    </section>
  );
}

export function SettingsPage(props: SettingsPageProps) {
  const { counts } = props;
  const empty = totalOf(counts) === 0;
  return (
    <Layout title="Your data" source={props.source} current="settings">
      <div class="page-header">
        <h1>Your data</h1>
        <p class="lede">
          Everything you save in Lever stays where you run it. Take it with you as one file, bring such a file
          back, keep a backup, or remove it all.
        </p>
      </div>
      <SettingsNoticeView notice={props.notice} />

      <section class="settings-section" aria-labelledby="where-heading">
        <h2 id="where-heading">Where it is kept</h2>
        <WhereItLives storage={props.storage} />
      </section>

      <section class="settings-section" aria-labelledby="saved-heading">
        <h2 id="saved-heading">What is saved</h2>
        <CountsList counts={counts} />
        <p class="hint">
          Claimed governance topics count as experiments. Plans and fit estimates are not stored: Lever works
          them out again from these records.
        </p>
      </section>

      <section class="settings-section" aria-labelledby="export-heading">
        <h2 id="export-heading">Export everything</h2>
        <p>
          One JSON file with every saved profile, experiment, check-in and ask, with their ids and dates. Keep
          it as a record, or import it into Lever on another computer.
        </p>
        <p>
          <a class="button primary" href={SETTINGS_EXPORT_URL} id="export-link" download>
            Download export (JSON)
          </a>
        </p>
      </section>

      <section class="settings-section" aria-labelledby="import-heading">
        <h2 id="import-heading">Import an export</h2>
        <p>
          Adds whatever in the file is not here yet. Records that are already here are left as they are; if
          one differs from the file, nothing is imported and you are told which.
        </p>
        <ImportFailureView failure={props.importFailure} />
        <form
          method="post"
          action={SETTINGS_IMPORT_URL}
          enctype="multipart/form-data"
          id="import-form"
          aria-labelledby="import-heading"
        >
          <div class="field">
            <label for="import-file">Export file</label>
            <input
              type="file"
              id="import-file"
              name="file"
              accept=".json,application/json"
              required
              aria-describedby="import-hint"
            />
            <p class="hint" id="import-hint">
              {`A file Lever exported, such as lever-export-2030-01-31.json; up to ${limitText(props.importMaxBytes)}.`}
            </p>
          </div>
          <button type="submit">Import file</button>
        </form>
      </section>

      <BackupSection storage={props.storage} problem={props.backupProblem} />

      <section class="settings-section danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete all my data</h2>
        <p>
          {empty
            ? 'Nothing is saved right now.'
            : `Removes ${describeCounts(counts)} for good. Download an export first if you may want them back.`}
        </p>
        <p>
          <a class="button danger" href={SETTINGS_DELETE_URL} id="delete-all-link">
            Delete all my data…
          </a>
        </p>
      </section>
    </Layout>
  );
}
