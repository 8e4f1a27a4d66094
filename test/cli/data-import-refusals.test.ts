/**
 * `lever import` refuses, with exit code 2 and one line per problem, any file it cannot import
 * whole: broken JSON, another format, a newer version, bad records, text no database can hold, a
 * missing, binary or oversized file. A refusal changes nothing: not even a data directory appears.
 */
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExportDocument } from '../../src/core/export/testing.js';
import { type JournalCli, journalCli } from './journal-cli.js';
import { workDir } from './run-lever.js';

/** A file beside the data directory holding `doc` (as JSON unless it is text already). */
function fileWith(cli: JournalCli, name: string, doc: unknown): string {
  const file = join(dirname(cli.dir), name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
}

const before = buildExportDocument();

describe('lever import refuses what is not a Lever export it can read (exit 2), changing nothing', () => {
  const fresh = journalCli();

  /** Imports `doc` into the fresh directory, which must stay uncreated. */
  function refused(name: string, doc: unknown): string {
    const run = fresh.run(['import', fileWith(fresh, name, doc)]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(existsSync(fresh.dir)).toBe(false);
    return run.stderr;
  }

  it('broken JSON', () => {
    const stderr = refused('broken.json', '{"format": "lever-export", "version": 1,');
    expect(stderr).toMatch(
      /^error: ".*broken\.json" is not a Lever export that can be imported; nothing was imported\n {2}- not valid JSON: /,
    );
  });

  it('an empty file, and a JSON value of another kind', () => {
    expect(refused('empty.json', '')).toContain('the file is empty');
    expect(refused('list.json', '[]')).toContain('must be a JSON object');
  });

  it('a file of another format, in one line', () => {
    const stderr = refused('other.json', { format: 'something-else', version: 1, items: [] });
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^error: ".*other\.json" is not a Lever export/),
      '  - format: is "something-else": this is not a Lever export (its "format" must be "lever-export")',
    ]);
  });

  it('a file from a newer Lever, saying to update', () => {
    const stderr = refused('newer.json', { ...before, version: 2 });
    expect(stderr).toContain('written by a newer Lever');
    expect(stderr).toContain('update Lever');
  });

  it('bad records, one line per problem, naming each field', () => {
    const [first] = before.experiments;
    const broken = {
      ...before,
      experiments: [{ ...first, checkIns: [{ ...first?.checkIns[0], progress: 9 }] }],
      asks: [{ ...before.asks[0], title: '' }],
    };
    const problems = refused('broken-records.json', broken)
      .split('\n')
      .filter((line) => line.startsWith('  - '));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ {2}- experiments\[0\]\.checkIns\[0\]\.progress: /);
    expect(problems[1]).toMatch(/^ {2}- asks\[0\]\.title: /);
  });

  it('text no database can hold, before creating anything', () => {
    const stderr = refused('nul.json', {
      ...before,
      asks: [{ ...before.asks[0], title: 'nul \u0000 inside' }],
    });
    expect(stderr).toContain('  - asks[0].title: contains a NUL');
  });

  it('a file that does not exist, is not UTF-8, or is larger than 50 MB', () => {
    const missing = fresh.run(['import', join(workDir, 'no-such-export.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no such file');
    const binary = join(dirname(fresh.dir), 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(fresh.run(['import', binary]).stderr).toContain('is not UTF-8 text');
    const huge = join(dirname(fresh.dir), 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 51 * 1024 * 1024);
    const run = fresh.run(['import', huge]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is 51.0 MB, more than the 50 MB Lever imports');
    expect(existsSync(fresh.dir)).toBe(false);
  });
});
