/**
 * How the journal pages and exports scale with the journal: for journals of 10, 100 and 500
 * experiments (each with ten check-ins, the last quarter of them finished), the median server time
 * of each page or export that reads the whole journal, measured over loopback HTTP with one
 * request at a time. A person who logs weekly for years reaches the low hundreds of experiments;
 * 500 with 5,000 check-ins is the far end. No target: the figures show where the time goes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/content/load-kb.js';
import { addDays } from '../src/core/journal/dates.js';
import { openStore } from '../src/store/open-store.js';
import { savedProfileUrl } from '../src/web/pages/urls.js';
import { loadAppDeps, startServer } from '../src/web/server.js';
import { percentile, printTable } from './stats.js';
import { PLAN_PERSONA, planPath } from './web-setup.js';

const SIZES = [10, 100, 500];
const CHECK_INS = 10;
const WARMUP = 2;
const RUNS = 15;

/** The pages timed; `profileId` is the saved profile whose plan uses the journal. */
const pages = (profileId: string): [string, string][] => [
  ['home', '/'],
  ['experiments dashboard', '/experiments'],
  ['fit chart', '/fit'],
  ['saved profile plan (journal)', savedProfileUrl(profileId)],
  ['shared plan link (answers)', planPath()],
  ['journal as Markdown', '/journal.md'],
  ['journal as iCalendar', '/journal.ics'],
  ['API fit', '/api/v1/fit'],
];

/**
 * Fills an empty data directory with a saved profile and `count` experiments of CHECK_INS
 * check-ins each; returns the profile's id.
 */
async function seed(dataDir: string, count: number): Promise<string> {
  const store = await openStore({ dataDir });
  try {
    const saved = await store.createProfile({ name: 'Me now', profile: PLAN_PERSONA.profile });
    const { journal } = loadAppDeps(store, 0);
    const tests = loadKnowledgeBase().kb.fitTests;
    const today = journal.today();
    for (let i = 0; i < count; i++) {
      const test = tests[i % tests.length];
      if (!test) throw new Error('the catalogue is empty');
      const startedOn = addDays(today, -(CHECK_INS + (i % 300)));
      const started = await journal.startExperiment({ testId: test.id, startedOn });
      for (let day = 0; day < CHECK_INS; day++) {
        await journal.logCheckIn(started.id, {
          date: addDays(startedOn, day),
          hours: 2,
          progress: (i + day) % 5,
          enjoyment: (i * 3 + day) % 5,
          note: `Check-in ${day + 1} of experiment ${i + 1}: what went well, what did not.`,
        });
      }
      if (i >= count * 0.75) await journal.finishExperiment(started.id, { reflection: 'Done; next test.' });
    }
    return saved.id;
  } finally {
    await store.close();
  }
}

/** Median and p90 milliseconds of GET `path`, one request at a time, after warm-up requests. */
async function time(origin: string, path: string): Promise<{ median: number; p90: number; bytes: number }> {
  let bytes = 0;
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(origin + path);
    const body = await response.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    bytes = body.byteLength;
    if (i >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p90: percentile(times, 90), bytes };
}

console.log(
  `Journal scale: ${CHECK_INS} check-ins per experiment, ${WARMUP} warm-up and ${RUNS} timed requests per page, Node ${process.version}\n`,
);
const rows: string[][] = [];
for (const size of SIZES) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lever-bench-journal-'));
  try {
    const profileId = await seed(dataDir, size);
    const server = await startServer({ host: '127.0.0.1', port: 0, dataDir });
    try {
      const origin = server.url.replace(/\/$/, '');
      for (const [name, path] of pages(profileId)) {
        const { median, p90, bytes } = await time(origin, path);
        rows.push([
          String(size),
          name,
          `${median.toFixed(1)} ms`,
          `${p90.toFixed(1)} ms`,
          `${(bytes / 1024).toFixed(1)} KB`,
        ]);
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
printTable(['experiments', 'page', 'median', 'p90', 'size'], rows);
