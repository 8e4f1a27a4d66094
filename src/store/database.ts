/**
 * The database's tables as TypeScript sees them: the one typed schema both SQLite and PostgreSQL
 * queries are checked against. Column names are snake_case in SQL and camelCase only in the API.
 */
import type { ColumnType } from 'kysely';

export interface ProfilesTable {
  id: string;
  /** Trimmed, 1–100 characters. */
  name: string;
  /**
   * Written as JSON text. Read back as text from SQLite but already parsed from PostgreSQL (jsonb),
   * so the select type is `unknown` and each adapter normalises it.
   */
  profile: ColumnType<unknown, string, string>;
  /**
   * ISO 8601 UTC text from `Date.toISOString()`: a fixed-width format, so text order is time order
   * on both engines and no driver turns it into a Date.
   */
  created_at: string;
  updated_at: string;
}

export interface LeverDatabase {
  profiles: ProfilesTable;
}

/** The SQL engines Lever supports; used where a migration or adapter must differ. */
export type SqlEngine = 'sqlite' | 'postgres';
