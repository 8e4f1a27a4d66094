/**
 * Storage behind one narrow interface. Adapters (SQLite for a person's own machine, PostgreSQL for
 * a shared server) keep every dialect quirk inside themselves; one contract test suite runs
 * against each. Every write is a single transaction: a failed write leaves nothing half-done.
 */
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
