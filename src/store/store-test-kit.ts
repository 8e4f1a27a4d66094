/** Test helpers shared by the store suites: a controllable environment, a profile builder, targets. */
import type { Kysely } from 'kysely';
import type { Profile } from '../core/profile/schema.js';
import type { LeverDatabase, SqlEngine } from './database.js';
import type { LeverStore, StoreEnvironment } from './types.js';

/** A plain Kysely connection to a target's storage, bypassing the store (and its migrations). */
export interface RawDatabase {
  db: Kysely<LeverDatabase>;
  engine: SqlEngine;
  /** The PostgreSQL schema Kysely's migration bookkeeping lives in, as the store pins it. */
  migrationTableSchema?: string;
}

/** Where a contract run keeps its data: a temp SQLite file, ':memory:', or a PostgreSQL schema. */
export interface StoreTarget {
  /** Opens a store on this target's storage; with a persistent target, opening again sees the same data. */
  open(env: StoreEnvironment): Promise<LeverStore>;
  /** Overwrites a row's stored profile document behind the store's back (persistent targets only). */
  writeRawProfile?: (id: string, json: string) => Promise<void>;
  /** Connects to the storage behind the store's back (persistent targets only); the caller destroys it. */
  openRaw?: () => Promise<RawDatabase>;
  /** Removes the storage. */
  destroy(): Promise<void>;
}

export interface TestEnvironment extends StoreEnvironment {
  /** Moves the clock forward (it never moves on its own). */
  tick(ms?: number): void;
  /** Makes the next ids come from this list before falling back to numbered ids. */
  queueIds(...ids: string[]): void;
}

/** A stopped clock at 2030-01-01 and ids `profile-0001`, `profile-0002`, … */
export function testEnvironment(start = '2030-01-01T00:00:00.000Z'): TestEnvironment {
  let time = Date.parse(start);
  let counter = 0;
  const queued: string[] = [];
  return {
    now: () => new Date(time),
    newId: () => queued.shift() ?? `profile-${String(++counter).padStart(4, '0')}`,
    tick: (ms = 1000) => {
      time += ms;
    },
    queueIds: (...ids) => {
      queued.push(...ids);
    },
  };
}

/** A valid, fairly complete profile; fields in `overrides` replace the defaults. */
export function buildProfile(overrides: Profile = {}): Profile {
  return {
    stage: 'early-career',
    background: ['cs'],
    skills: { coding: 3, math: 2, writing: 1 },
    enjoys: ['coding'],
    researchExperienceYears: 1.5,
    hasMentor: false,
    leaning: 'undecided',
    ...overrides,
  };
}
