/**
 * What a settings form did, carried in the address it redirects to, so a reload shows the notice
 * again without repeating the change: `?deleted=2.3.5.1` (profiles, experiments, check-ins, asks
 * removed), `?added=…&unchanged=…` for an import, `?backup=NAME` for a new backup file. Anything
 * that does not parse shows no notice.
 */

import type { DataCounts } from '../../../core/export/counts.js';
import { DATA_KINDS, type ImportSummary } from '../../../core/export/schema.js';
import { SETTINGS_URL } from '../urls.js';
import { BACKUP_NAME } from './backup.js';

export type SettingsNotice =
  | { kind: 'deleted'; counts: DataCounts }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'backed-up'; name: string };

const encode = (counts: DataCounts) => DATA_KINDS.map((kind) => counts[kind]).join('.');

function decode(text: string | undefined): DataCounts | undefined {
  if (text === undefined || !/^\d{1,9}(\.\d{1,9}){3}$/.test(text)) return undefined;
  const [profiles = 0, experiments = 0, checkIns = 0, asks = 0] = text.split('.').map(Number);
  return { profiles, experiments, checkIns, asks };
}

/** The settings page's address showing `notice`. */
export function noticeUrl(notice: SettingsNotice): string {
  if (notice.kind === 'backed-up') return `${SETTINGS_URL}?backup=${encodeURIComponent(notice.name)}`;
  if (notice.kind === 'deleted') return `${SETTINGS_URL}?deleted=${encode(notice.counts)}`;
  const { summary } = notice;
  const added = { profiles: 0, experiments: 0, checkIns: 0, asks: 0 };
  const unchanged = { ...added };
  for (const kind of DATA_KINDS) {
    added[kind] = summary[kind].added;
    unchanged[kind] = summary[kind].unchanged;
  }
  return `${SETTINGS_URL}?added=${encode(added)}&unchanged=${encode(unchanged)}`;
}

/** The notice the query names, if it is well formed. */
export function parseNotice(query: (name: string) => string | undefined): SettingsNotice | undefined {
  const deleted = decode(query('deleted'));
  if (deleted) return { kind: 'deleted', counts: deleted };
  const added = decode(query('added'));
  const unchanged = decode(query('unchanged'));
  if (added && unchanged) {
    const entry = (kind: (typeof DATA_KINDS)[number]) => ({ added: added[kind], unchanged: unchanged[kind] });
    const summary = {
      profiles: entry('profiles'),
      experiments: entry('experiments'),
      checkIns: entry('checkIns'),
      asks: entry('asks'),
    };
    return { kind: 'imported', summary };
  }
  const name = query('backup');
  if (name !== undefined && BACKUP_NAME.test(name)) return { kind: 'backed-up', name };
  return undefined;
}
