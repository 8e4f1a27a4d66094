/**
 * Crash safety: Lever as a real process on a data directory of its own takes a burst of concurrent
 * writes (saved profiles, experiments, check-ins) through the API and is killed with SIGKILL in the
 * middle of it. Started again on the same data, it must still have every write it acknowledged,
 * with the content that was sent, no row that is part of a request or a mix of two, and a database
 * file that passes SQLite's integrity check. Several rounds on the same data, each killed at a
 * different point. Needs the build (`bin/lever.js`); `npm test` builds first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { burst, emptyLedger } from './burst.js';
import { type LeverProcess, startLever } from './lever-process.js';
import { checkAgainstLedger, sqliteChecks } from './verify.js';

const ROUNDS = 4;
const CONCURRENCY = 16;
/** The round's kill comes after this many acknowledged writes, a little later each round. */
const killPoint = (round: number) => 15 + 30 * round;

const root = mkdtempSync(join(tmpdir(), 'lever-crash-'));
const dataDir = join(root, 'data');
const dbFile = join(dataDir, 'lever.db');
const running: LeverProcess[] = [];

async function start(): Promise<LeverProcess> {
  const server = await startLever(dataDir, root);
  running.push(server);
  return server;
}

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.kill();
    await server.exited;
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a server killed mid-burst', () => {
  it('keeps every acknowledged write, whole, and an intact database', { timeout: 180_000 }, async () => {
    const ledger = emptyLedger();
    for (let round = 0; round < ROUNDS; round++) {
      const server = await start();
      const result = await burst(ledger, {
        url: server.url,
        round,
        concurrency: CONCURRENCY,
        killAfterAcks: killPoint(round),
        kill: () => server.kill(),
      });
      expect(await server.exited, `round ${round}`).toEqual({ code: null, signal: 'SIGKILL' });
      // Killed mid-burst: other writes were still on their way.
      expect(result.inFlightAtKill, `round ${round}`).toBeGreaterThan(0);
      expect(result.acked, `round ${round}`).toBeGreaterThanOrEqual(killPoint(round));
      expect(ledger.unexpected, `round ${round}`).toEqual([]);

      // The file as the crash left it, before anything opens it for writing.
      expect(sqliteChecks(dbFile), `round ${round}, after the kill`).toEqual({
        integrity: 'ok',
        foreignKeyProblems: 0,
      });
      const restarted = await start();
      expect(await checkAgainstLedger(restarted.url, ledger), `round ${round}`).toEqual([]);
      await restarted.stop();
    }
    expect(sqliteChecks(dbFile)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
    // Every kind of write was acknowledged, and checked, across the rounds.
    expect(ledger.ackedProfiles.size).toBeGreaterThan(ROUNDS);
    expect(ledger.ackedExperiments.size).toBeGreaterThan(ROUNDS);
    expect(ledger.ackedCheckIns.size).toBeGreaterThan(ROUNDS);
  });
});
