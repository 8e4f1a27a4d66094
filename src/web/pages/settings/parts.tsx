/**
 * Pieces of the settings page: the notice after a change (what was deleted, imported or backed
 * up), the refusal of an import with its problems, and the counts of what is saved.
 */

import { DATA_KIND_NAMES, type DataCounts, describeCounts, totalOf } from '../../../core/export/counts.js';
import type { Problem } from '../../../core/validation.js';
import { SETTINGS_DELETE_URL } from '../urls.js';
import { sizeText } from './backup.js';
import type { SettingsNotice } from './notices.js';

/** At most this many of an import's problems are listed; the rest are counted. */
export const SHOWN_PROBLEMS = 20;

/** Why an import was refused: the status, what to say, and the problems naming records or fields. */
export interface ImportFailure {
  status: 400 | 409 | 413 | 415;
  message: string;
  problems: readonly Problem[];
}

/** A notice as the page shows it; a backup notice carries where the file is. */
export type ShownNotice =
  | Exclude<SettingsNotice, { kind: 'backed-up' }>
  | { kind: 'backed-up'; file: string; bytes: number; live: string };

function ImportTable(props: { summary: Extract<SettingsNotice, { kind: 'imported' }>['summary'] }) {
  return (
    <div class="table-wrap">
      <table class="import-table" aria-label="What the import added">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" class="num">
              Added
            </th>
            <th scope="col" class="num">
              Already here
            </th>
          </tr>
        </thead>
        <tbody>
          {DATA_KIND_NAMES.map(({ kind, heading }) => (
            <tr id={`imported-${kind}`}>
              <th scope="row">{heading}</th>
              <td class="num">{props.summary[kind].added}</td>
              <td class="num">{props.summary[kind].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The one-time message after a change, announced politely to screen readers. */
export function SettingsNoticeView(props: { notice: ShownNotice | undefined }) {
  const { notice } = props;
  if (notice === undefined) return null;
  if (notice.kind === 'deleted') {
    const removed = describeCounts(notice.counts);
    const text = removed === 'nothing' ? 'There was nothing to delete.' : `Deleted ${removed}.`;
    return (
      <p class="notice success" role="status" id="done-notice">
        {text}
      </p>
    );
  }
  if (notice.kind === 'imported') {
    const added = Object.fromEntries(
      DATA_KIND_NAMES.map(({ kind }) => [kind, notice.summary[kind].added]),
    ) as DataCounts;
    const text =
      totalOf(added) === 0
        ? 'Imported: everything in the file was already here, so nothing was added.'
        : `Imported: added ${describeCounts(added)}.`;
    return (
      <div class="notice success" role="status" id="done-notice">
        <p>{text}</p>
        <ImportTable summary={notice.summary} />
      </div>
    );
  }
  return (
    <div class="notice success" role="status" id="done-notice">
      <p>
        Backed up to <code class="path">{notice.file}</code> ({sizeText(notice.bytes)}).
      </p>
      <p>
        To restore it later, stop Lever, remove the <code>-wal</code> and <code>-shm</code> files beside{' '}
        <code class="path">{notice.live}</code> if there are any, and copy the backup over that file.
      </p>
    </div>
  );
}

/** An import that was refused, with its first problems; nothing was changed. */
export function ImportFailureView(props: { failure: ImportFailure | undefined }) {
  const { failure } = props;
  if (failure === undefined) return null;
  const shown = failure.problems.slice(0, SHOWN_PROBLEMS);
  const more = failure.problems.length - shown.length;
  return (
    <div class="notice error" role="alert" id="import-problem">
      <p>{failure.message}</p>
      {shown.length > 0 ? (
        <ul class="problem-list" id="import-problems">
          {shown.map((problem) => (
            <li>
              {problem.path === '' ? null : (
                <>
                  <code>{problem.path}</code>:{' '}
                </>
              )}
              {problem.message}
            </li>
          ))}
          {more > 0 ? <li>{`and ${more} more not listed here`}</li> : null}
        </ul>
      ) : null}
      {failure.status === 409 ? (
        <p>
          Nothing was imported: Lever never overwrites a saved record with an import. To replace what is here
          with the file, download an export first if you want a copy, then{' '}
          <a href={SETTINGS_DELETE_URL}>delete all your data</a> and import the file again.
        </p>
      ) : (
        <p>Nothing was imported.</p>
      )}
    </div>
  );
}

/** What is saved, kind by kind. */
export function CountsList(props: { counts: DataCounts }) {
  return (
    <dl class="data-counts" id="data-counts">
      {DATA_KIND_NAMES.map(({ kind, heading }) => (
        <div id={`count-${kind}`}>
          <dt>{heading}</dt>
          <dd>{props.counts[kind]}</dd>
        </div>
      ))}
    </dl>
  );
}
