/**
 * The person's data as a whole over Kysely (export, import, delete everything), shared by the
 * SQLite and PostgreSQL adapters; each adapter brings its own backup. Import and delete are one
 * transaction each, which first locks out other writers, so what they read is what they write
 * against and a refused import changes nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import { LeverError } from '../core/errors.js';
import { planImport } from '../core/export/merge.js';
import { capProblems } from '../core/export/parse.js';
import { LeverData } from '../core/export/schema.js';
import { formatProblem, type Problem, problemsFromZod } from '../core/validation.js';
import { readAsks } from './ask-queries.js';
import { askRow, checkInRow, experimentRow, inBatches, profileRow } from './data-rows.js';
import type { LeverDatabase } from './database.js';
import { readExperiments } from './experiment-queries.js';
import { findUnstorable } from './profile-input.js';
import { type EngineQuirks, readProfiles, type SqlStoreParts } from './profile-queries.js';
import { readSnapshot } from './snapshot.js';
import type { DataStore } from './types.js';

type Db = Kysely<LeverDatabase>;

/** Builds export, import and delete-all; `backupTo` is the adapter's own. */
export function createSqlDataStore(
  { db, quirks }: Pick<SqlStoreParts, 'db' | 'quirks'>,
  backupTo: DataStore['backupTo'],
): DataStore {
  return {
    exportAll: () => readSnapshot(db, (trx) => readAll(trx, quirks)),

    async importAll(input) {
      const data = checkData(input);
      return db.transaction().execute(async (trx) => {
        await quirks.lockForWrite(trx);
        const plan = planImport(await readAll(trx, quirks), data);
        if (!plan.ok) throw refusal('conflict', plan.problems);
        await insertAll(trx, plan.value.add);
        return plan.value.summary;
      });
    },

    deleteAllData: () =>
      db.transaction().execute(async (trx) => {
        await quirks.lockForWrite(trx);
        const deleted = async (table: keyof LeverDatabase) =>
          Number((await trx.deleteFrom(table).executeTakeFirst()).numDeletedRows);
        // Check-ins first, so they are counted rather than removed by the cascade.
        const checkIns = await deleted('check_ins');
        const experiments = await deleted('experiments');
        const asks = await deleted('asks');
        const profiles = await deleted('profiles');
        return { profiles, experiments, checkIns, asks };
      }),

    backupTo,
  };
}

async function readAll(trx: Db, quirks: EngineQuirks): Promise<LeverData> {
  return {
    profiles: await readProfiles(trx, quirks),
    experiments: await readExperiments(trx),
    asks: await readAsks(trx, quirks),
  };
}

/** The data as it will be written, or an 'invalid_input' error naming each bad field. */
function checkData(input: unknown): LeverData {
  const parsed = LeverData.safeParse(input);
  if (!parsed.success) {
    throw refusal('invalid_input', problemsFromZod(parsed.error, input, LeverData));
  }
  const badPath = findUnstorable(parsed.data, '');
  if (badPath !== undefined) {
    const message = 'contains a NUL or an unpaired surrogate, which cannot be stored';
    throw refusal('invalid_input', [{ path: badPath.replace(/^\./, ''), message }]);
  }
  return parsed.data;
}

/** An error led by the first problem, counting the rest, with (at most 50 of) them all attached. */
function refusal(code: 'conflict' | 'invalid_input', problems: Problem[]): LeverError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new LeverError(code, `${first ? formatProblem(first) : code}${more}`, {
    problems: capProblems(problems),
  });
}

async function insertAll(trx: Transaction<LeverDatabase>, add: LeverData): Promise<void> {
  for (const rows of inBatches(add.profiles.map(profileRow))) {
    await trx.insertInto('profiles').values(rows).execute();
  }
  for (const rows of inBatches(add.experiments.map(experimentRow))) {
    await trx.insertInto('experiments').values(rows).execute();
  }
  const checkIns = add.experiments.flatMap((e) => e.checkIns.map((c) => checkInRow(e.id, c)));
  for (const rows of inBatches(checkIns)) {
    await trx.insertInto('check_ins').values(rows).execute();
  }
  for (const rows of inBatches(add.asks.map(askRow))) {
    await trx.insertInto('asks').values(rows).execute();
  }
}
