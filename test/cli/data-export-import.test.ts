/**
 * `lever export` and `lever import` as a person runs them, on real data directories: a lossless
 * round trip through `lever delete-all-my-data`, imports that never duplicate, refusals that change
 * nothing, and an export that never half-writes or silently replaces a file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ExportJson,
  exportOf,
  records,
  saveProfiles,
  seedJournal,
  TRICKY_NOTE,
  TRICKY_REFLECTION,
} from './data-kit.js';
import { type JournalCli, journalCli } from './journal-cli.js';
import { cleanEnv, type LeverRun, leverBin, workDir } from './run-lever.js';

/** The lines of an import's table, e.g. "asks 1 added 0 already there", spaces squeezed. */
function tableLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.includes('already there'))
    .map((line) => line.trim().replace(/\s+/g, ' '));
}

/** `lever import -` with `input` on standard input. */
function importFromStdin(cli: JournalCli, input: string): LeverRun {
  const run = spawnSync(process.execPath, [leverBin, 'import', '-'], {
    cwd: workDir,
    env: cleanEnv({ LEVER_DATA_DIR: cli.dir }),
    input,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A file beside the data directory holding `doc` as JSON. */
function fileWith(cli: JournalCli, name: string, doc: unknown): string {
  const file = join(dirname(cli.dir), name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
}

const cli = journalCli();
const file = join(dirname(cli.dir), 'everything.json');
let exportRun: LeverRun;
let before: ExportJson;
let deleteRun: LeverRun;
let afterDelete: ExportJson;
let importRun: LeverRun;
let after: ExportJson;

beforeAll(async () => {
  await saveProfiles(cli.dir, ['me now', 'me after a PhD — “maybe” <i>later</i>']);
  seedJournal(cli);
  exportRun = cli.run(['export', file]);
  before = JSON.parse(readFileSync(file, 'utf8')) as ExportJson;
  deleteRun = cli.run(['delete-all-my-data', '--yes']);
  afterDelete = exportOf(cli);
  importRun = cli.run(['import', file]);
  after = exportOf(cli);
}, 120_000);

describe('export → delete everything → import', () => {
  it('exports every kind of record to a file only its owner can read, saying what it wrote', () => {
    expect(exportRun.code, exportRun.stderr).toBe(0);
    expect(exportRun.stdout).toBe('');
    expect(exportRun.stderr).toBe(
      `Wrote 2 saved profiles, 3 experiments, 4 check-ins and 1 ask to ${file}\n`,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(before).toMatchObject({ format: 'lever-export', version: 1 });
    expect(before.profiles.map((p) => p.name).sort()).toEqual([
      'me after a PhD — “maybe” <i>later</i>',
      'me now',
    ]);
    expect(before.experiments.map((e) => e.kind).sort()).toEqual(['expertise', 'fit-test', 'fit-test']);
    expect(before.experiments.find((e) => e.kind === 'expertise')?.topicId).toBe('global-gpu-tracking');
    const finished = before.experiments.find((e) => e.status === 'finished');
    expect(finished?.reflection).toBe(TRICKY_REFLECTION);
    expect(finished?.checkIns.map((c) => c.note)).toContain(TRICKY_NOTE);
    expect(before.asks).toHaveLength(1);
    expect(readdirSync(dirname(file)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('deletes everything, counting it, and leaves an empty database that still works', () => {
    expect(deleteRun.code, deleteRun.stderr).toBe(0);
    expect(deleteRun.stdout.replace(/\s+/g, ' ')).toContain(
      'Deleted 2 saved profiles, 3 experiments, 4 check-ins and 1 ask from SQLite file',
    );
    expect(records(afterDelete)).toEqual({
      format: 'lever-export',
      version: 1,
      profiles: [],
      experiments: [],
      asks: [],
    });
    expect(existsSync(join(cli.dir, 'lever.db'))).toBe(true);
  });

  it('imports it back exactly as it was: the next export is deep-equal', () => {
    expect(importRun.code, importRun.stderr).toBe(0);
    expect(importRun.stdout).toContain(`Imported "${file}" into SQLite file ${join(cli.dir, 'lever.db')}:`);
    expect(tableLines(importRun.stdout)).toEqual([
      'saved profiles 2 added 0 already there',
      'experiments 3 added 0 already there',
      'check-ins 4 added 0 already there',
      'asks 1 added 0 already there',
    ]);
    expect(records(after)).toEqual(records(before));
  });

  it('gives the journal commands back what they showed before', () => {
    const experiments = cli.json<{ id: string; checkIns: unknown[] }[]>(['experiments', '--json']);
    expect(experiments.map((e) => e.id)).toEqual(before.experiments.map((e) => e.id));
    const shown = cli.run(['experiment', 'show', before.experiments[0]?.id.slice(0, 8) ?? '']);
    expect(shown.code, shown.stderr).toBe(0);
  });

  it('adds nothing when the same file is imported again', () => {
    const again = cli.run(['import', file]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Nothing new to import: everything in');
    expect(tableLines(again.stdout)).toEqual([
      'saved profiles 0 added 2 already there',
      'experiments 0 added 3 already there',
      'check-ins 0 added 4 already there',
      'asks 0 added 1 already there',
    ]);
    expect(records(exportOf(cli))).toEqual(records(before));
  });

  it('prints the counts as JSON with --json', () => {
    const run = cli.run(['import', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      profiles: { added: 0, unchanged: 2 },
      experiments: { added: 0, unchanged: 3 },
      checkIns: { added: 0, unchanged: 4 },
      asks: { added: 0, unchanged: 1 },
    });
  });
});

describe('lever import into a directory that has data of its own', () => {
  it('adds only what is missing, keeping what was there', () => {
    const other = journalCli();
    seedJournal(other, 'elsewhere');
    const own = exportOf(other);
    // Part of the file is there already: the first experiment and the profiles.
    const part = { ...before, experiments: before.experiments.slice(0, 1), asks: [] };
    expect(other.run(['import', fileWith(other, 'part.json', part)]).code).toBe(0);

    const run = other.run(['import', file]);
    expect(run.code, run.stderr).toBe(0);
    const firstCheckIns = before.experiments[0]?.checkIns.length ?? 0;
    expect(tableLines(run.stdout)).toEqual([
      'saved profiles 0 added 2 already there',
      'experiments 2 added 1 already there',
      `check-ins ${4 - firstCheckIns} added ${firstCheckIns} already there`,
      'asks 1 added 0 already there',
    ]);
    const merged = exportOf(other);
    const ids = (doc: ExportJson) => doc.experiments.map((e) => e.id).sort();
    expect(ids(merged)).toEqual([...ids(own), ...ids(before)].sort());
    expect(merged.asks).toHaveLength(2);
  });

  it('reads the file from standard input with "-"', () => {
    const fresh = journalCli();
    const run = importFromStdin(fresh, readFileSync(file, 'utf8'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Imported standard input into');
    expect(records(exportOf(fresh))).toEqual(records(before));
  });

  it('refuses a file that clashes with saved records, naming them, and changes nothing (exit 4)', () => {
    const target = journalCli();
    expect(target.run(['import', file]).code).toBe(0);
    const [ask] = before.asks;
    const clashing = {
      ...before,
      asks: [
        { ...ask, title: 'Renamed elsewhere' },
        { ...ask, id: 'a-new-ask-that-must-not-be-added', title: 'New' },
      ],
    };
    const run = target.run(['import', fileWith(target, 'clash.json', clashing)]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    const [headline, ...problems] = run.stderr.trimEnd().split('\n');
    expect(headline).toMatch(
      /^error: a record in ".*clash\.json" clashes? with saved records of the same id, so nothing was imported/,
    );
    expect(headline).toContain('run "lever delete-all-my-data" first');
    expect(headline).toContain('"lever export"');
    expect(problems).toEqual([
      `  - asks[0]: ask "${ask?.id}" ("Renamed elsewhere") is already saved with a different title; nothing was imported`,
    ]);
    expect(records(exportOf(target))).toEqual(records(before));
  });
});

describe('lever export', () => {
  it('prints the document to standard output, with no file or "-"', () => {
    for (const args of [['export'], ['export', '-']]) {
      const run = cli.run(args);
      expect(run.code, run.stderr).toBe(0);
      expect(records(JSON.parse(run.stdout) as ExportJson)).toEqual(records(before));
      expect(run.stderr).toBe('');
    }
  });

  it('refuses to replace an existing file unless --force', () => {
    const dir = mkdtempSync(join(workDir, 'export-'));
    const target = join(dir, 'kept.json');
    writeFileSync(target, 'keep me');
    const refused = cli.run(['export', target]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      `error: ${target} already exists; add --force to replace it, or give another file name\n`,
    );
    expect(readFileSync(target, 'utf8')).toBe('keep me');

    const forced = cli.run(['export', target, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(records(JSON.parse(readFileSync(target, 'utf8')) as ExportJson)).toEqual(records(before));
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['kept.json']);
  });

  it('says why it cannot write, leaving nothing behind', () => {
    const run = cli.run(['export', join(workDir, 'no-such-folder', 'out.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its folder does not exist');
    const folder = cli.run(['export', workDir, '--force']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('it is a folder');
  });

  it('exports an empty document, with a note, where nothing is saved, creating nothing', () => {
    const fresh = journalCli();
    const run = fresh.run(['export']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ profiles: [], experiments: [], asks: [] });
    expect(run.stderr).toContain('note: nothing is saved yet in SQLite file');
    expect(existsSync(fresh.dir)).toBe(false);
  });
});
