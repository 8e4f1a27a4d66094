/**
 * What must hold after a crash: every acknowledged write is there with the content that was sent,
 * every row there is one whole request (never a mix or a part of one), and SQLite's own checks of
 * the file pass. Mismatches are returned as sentences, so a failure names what was lost or wrong.
 */
import Database from 'better-sqlite3';
import type { Ledger } from './burst.js';

interface StoredProfile {
  id: string;
  name: string;
  profile: unknown;
}

interface StoredCheckIn {
  date: string;
  hours: number | null;
  progress: number;
  enjoyment: number;
  note: string | null;
}

interface StoredExperiment {
  id: string;
  title: string;
  path: string;
  weeks: number;
  deliverable: string | null;
  startedOn: string;
  checkIns: StoredCheckIn[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function getJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url.pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

function checkProfiles(ledger: Ledger, stored: readonly StoredProfile[], problems: string[]): void {
  const byId = new Map(stored.map((p) => [p.id, p]));
  for (const [id, name] of ledger.ackedProfiles) {
    const found = byId.get(id);
    if (!found) problems.push(`acknowledged profile "${name}" (${id}) is missing`);
    else if (found.name !== name) problems.push(`profile ${id} is named "${found.name}", not "${name}"`);
  }
  for (const saved of stored) {
    const sent = ledger.sentProfiles.get(saved.name);
    if (!sent) problems.push(`profile "${saved.name}" was never sent`);
    else if (!same(saved.profile, sent.profile))
      problems.push(`profile "${saved.name}" differs from what was sent`);
  }
}

function checkCheckIns(ledger: Ledger, experiment: StoredExperiment, problems: string[]): Set<string> {
  const notes = new Set<string>();
  for (const checkIn of experiment.checkIns) {
    const sent = ledger.sentCheckIns.get(checkIn.note ?? '');
    const ratings = ({ date, hours, progress, enjoyment }: StoredCheckIn) => ({
      date,
      hours,
      progress,
      enjoyment,
    });
    if (!sent) problems.push(`check-in "${checkIn.note}" was never sent`);
    else if (sent.experimentId !== experiment.id)
      problems.push(`check-in "${checkIn.note}" is on the wrong experiment`);
    else if (!same(ratings(checkIn), ratings(sent.body))) {
      problems.push(`check-in "${checkIn.note}" differs from what was sent`);
    }
    notes.add(checkIn.note ?? '');
  }
  return notes;
}

function checkExperiments(ledger: Ledger, stored: readonly StoredExperiment[], problems: string[]): void {
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const [id, title] of ledger.ackedExperiments) {
    if (byId.get(id)?.title !== title) problems.push(`acknowledged experiment "${title}" (${id}) is missing`);
  }
  const notes = new Set<string>();
  for (const experiment of stored) {
    const sent = ledger.sentExperiments.get(experiment.title);
    const { title, path, weeks, deliverable, startedOn } = experiment;
    if (!sent) problems.push(`experiment "${title}" was never sent`);
    else if (!same({ title, path, weeks, deliverable, startedOn }, sent)) {
      problems.push(`experiment "${title}" differs from what was sent`);
    }
    for (const note of checkCheckIns(ledger, experiment, problems)) notes.add(note);
  }
  for (const note of ledger.ackedCheckIns) {
    if (!notes.has(note)) problems.push(`acknowledged check-in "${note}" is missing`);
  }
}

/** Compares what a restarted server reads back with the ledger; returns every problem found. */
export async function checkAgainstLedger(url: string, ledger: Ledger): Promise<string[]> {
  const api = new URL('api/v1/', url);
  const problems: string[] = [];
  checkProfiles(ledger, await getJson<StoredProfile[]>(new URL('profiles', api)), problems);
  checkExperiments(ledger, await getJson<StoredExperiment[]>(new URL('experiments', api)), problems);
  return problems;
}

/** SQLite's integrity and foreign-key checks on the file, opened read-only: "ok" and no rows. */
export function sqliteChecks(file: string): { integrity: string; foreignKeyProblems: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyProblems };
  } finally {
    db.close();
  }
}
