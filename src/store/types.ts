/**
 * Storage behind one narrow interface. Adapters (SQLite for a person's own machine, PostgreSQL for
 * a shared server) keep every dialect quirk inside themselves; one contract test suite runs
 * against each. Every write is a single transaction: a failed write leaves nothing half-done.
 */

import type { DeletionSummary, ImportSummary, LeverData } from '../core/export/schema.js';
import type {
  AskRecord,
  FinishRecord,
  NewCheckInRecord,
  NewExperimentRecord,
} from '../core/journal/records.js';
import type { Ask, Experiment } from '../core/journal/schema.js';
import type { Profile } from '../core/profile/schema.js';

/** A profile the person saved under a name, e.g. "me now" or "me if I did a PhD". */
export interface SavedProfile {
  id: string;
  name: string;
  profile: Profile;
  /** ISO 8601 timestamps, set by the store. */
  createdAt: string;
  updatedAt: string;
}

export interface NewProfile {
  name: string;
  profile: Profile;
}

export interface ProfilePatch {
  name?: string;
  profile?: Profile;
}

/** Saved profiles. Reads never fail for a missing id: they return undefined (or false for delete). */
export interface ProfileStore {
  /** Every saved profile, most recently updated first. */
  listProfiles(): Promise<SavedProfile[]>;
  getProfile(id: string): Promise<SavedProfile | undefined>;
  createProfile(input: NewProfile): Promise<SavedProfile>;
  /** Applies the patch; undefined when no profile has that id. */
  updateProfile(id: string, patch: ProfilePatch): Promise<SavedProfile | undefined>;
  /** True when a profile was deleted. */
  deleteProfile(id: string): Promise<boolean>;
  /** The schema version the database is at (the number of applied migrations). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** What a store needs from the outside world, injectable so tests are deterministic. */
export interface StoreEnvironment {
  now: () => Date;
  newId: () => string;
}

/**
 * The journal: experiments with their check-ins, and concrete asks. Reads return undefined (or
 * false for delete) for a missing id. Logging to, deleting a check-in of, or finishing a finished
 * experiment throws a LeverError 'conflict' and changes nothing.
 */
export interface JournalStore {
  /**
   * Every experiment with its check-ins (oldest first), most recently started first (ties: newest
   * created first, then id in byte order). Check-ins are ordered by date, then by when they were
   * logged, then by id. Two queries however many experiments there are.
   */
  listExperiments(): Promise<Experiment[]>;
  getExperiment(id: string): Promise<Experiment | undefined>;
  createExperiment(input: NewExperimentRecord): Promise<Experiment>;
  /** Adds a check-in and moves the experiment's updatedAt; undefined when no experiment has that id. */
  addCheckIn(experimentId: string, input: NewCheckInRecord): Promise<Experiment | undefined>;
  /**
   * Deletes one check-in of an active experiment, to correct a mis-logged one, and moves the
   * experiment's updatedAt; undefined when no experiment has that id. A check-in id the experiment
   * does not have is a LeverError 'not_found'; a finished experiment keeps its check-ins (its
   * reflection was written on them): a 'conflict'. Either refusal changes nothing.
   */
  deleteCheckIn(experimentId: string, checkInId: string): Promise<Experiment | undefined>;
  /** Marks the experiment finished; undefined when no experiment has that id. */
  finishExperiment(id: string, input: FinishRecord): Promise<Experiment | undefined>;
  /** Deletes the experiment and its check-ins; true when one was deleted. */
  deleteExperiment(id: string): Promise<boolean>;
  /** Every ask, most recently updated first (ties: id in byte order). */
  listAsks(): Promise<Ask[]>;
  getAsk(id: string): Promise<Ask | undefined>;
  createAsk(input: AskRecord): Promise<Ask>;
  /** Replaces every field of the ask; undefined when no ask has that id. */
  updateAsk(id: string, input: AskRecord): Promise<Ask | undefined>;
  deleteAsk(id: string): Promise<boolean>;
}

/** Where a backup was written and how big it is. */
export interface BackupSummary {
  /** The absolute path of the new file. */
  file: string;
  bytes: number;
}

/**
 * The person's data as a whole: taken out, brought back, removed, copied. Plans and other derived
 * results are not data here; they are rebuilt from these records.
 */
export interface DataStore {
  /** Every profile, experiment (with check-ins) and ask, in list order, read in one consistent snapshot. */
  exportAll(): Promise<LeverData>;
  /**
   * In one transaction, adds every record whose id is not saved yet, keeping ids and timestamps.
   * A saved record with the same id is skipped when identical; when it differs, the import throws
   * a LeverError 'conflict' naming each such record and changes nothing. Invalid data is an
   * 'invalid_input' error naming the field. Importing the same data twice adds nothing the second time.
   */
  importAll(data: LeverData): Promise<ImportSummary>;
  /** Removes every profile, experiment, check-in and ask in one transaction; the schema stays. */
  deleteAllData(): Promise<DeletionSummary>;
  /**
   * Writes a consistent copy of the database to a new file, even while other writes go on (SQLite:
   * the online backup API into a temporary name, then moved into place). Refuses an existing file
   * ('conflict') and the live database itself ('invalid_input'); a PostgreSQL store refuses with
   * 'invalid_input', pointing to an export or the server's own dump tool.
   */
  backupTo(file: string): Promise<BackupSummary>;
}

/** Everything Lever keeps about the person: saved profiles and the journal, in one database. */
export interface LeverStore extends ProfileStore, JournalStore, DataStore {}

export type {
  AskRecord,
  DeletionSummary,
  FinishRecord,
  ImportSummary,
  LeverData,
  NewCheckInRecord,
  NewExperimentRecord,
};
