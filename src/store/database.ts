/**
 * The database's tables as TypeScript sees them: the one typed schema both SQLite and PostgreSQL
 * queries are checked against. Column names are snake_case in SQL and camelCase only in the API.
 * Every timestamp is ISO 8601 UTC text from `Date.toISOString()` and every date is YYYY-MM-DD text:
 * fixed-width formats, so text order is time order on both engines and no driver turns them into
 * Dates. Rows are validated against the core schemas when read, so text columns holding a closed
 * set of values (kind, path, status, …) are plain strings here.
 */
import type { ColumnType } from 'kysely';

/**
 * A JSON document written as JSON text. Read back as text from SQLite but already parsed from
 * PostgreSQL (jsonb), so the select type is `unknown` and each adapter normalises it.
 */
type JsonColumn = ColumnType<unknown, string, string>;

export interface ProfilesTable {
  id: string;
  /** Trimmed, 1–100 characters. */
  name: string;
  profile: JsonColumn;
  created_at: string;
  updated_at: string;
}

/** A fit experiment or an expertise plan (see `Experiment` in the journal schema). */
export interface ExperimentsTable {
  id: string;
  kind: string;
  test_id: string | null;
  topic_id: string | null;
  title: string;
  path: string;
  direction: string | null;
  weeks: number;
  deliverable: string | null;
  started_on: string;
  due_on: string;
  /** 'active' until finished. */
  status: string;
  finished_on: string | null;
  reflection: string | null;
  created_at: string;
  /** Moves when the experiment is finished or gets a check-in. */
  updated_at: string;
}

/** A check-in logged against an experiment; deleted with it. */
export interface CheckInsTable {
  id: string;
  experiment_id: string;
  date: string;
  hours: number | null;
  progress: number;
  enjoyment: number;
  note: string | null;
  created_at: string;
}

/** A concrete ask for a lab; `steps` is a JSON list of strings. */
export interface AsksTable {
  id: string;
  title: string;
  lab: string | null;
  ask: string;
  steps: JsonColumn;
  owner: string | null;
  cost: string | null;
  created_at: string;
  updated_at: string;
}

export interface LeverDatabase {
  profiles: ProfilesTable;
  experiments: ExperimentsTable;
  check_ins: CheckInsTable;
  asks: AsksTable;
}

/** The SQL engines Lever supports; used where a migration or adapter must differ. */
export type SqlEngine = 'sqlite' | 'postgres';
