/**
 * `lever fit`: which profile the estimates start from (a file, a saved profile, the latest saved
 * one, or none), the published schema of its JSON, and its refusals.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { journalCli, runExperiment } from './journal-cli.js';
import { leverJson, workDir } from './run-lever.js';

interface FitReportJson {
  version: number;
  paths: { id: string; fit: number; signal?: { kind: string } }[];
}

/** Saves a profile the way the web app does, in the data directory's database. */
async function saveProfile(dir: string, name: string, profile: Profile): Promise<string> {
  const store = await openSqliteStore({ file: join(dir, 'lever.db') });
  try {
    return (await store.createProfile({ name, profile })).id;
  } finally {
    await store.close();
  }
}

describe('lever schema fit', () => {
  const schema = leverJson<Record<string, unknown>>(['schema', 'fit']);
  const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

  it('is a draft 2020-12 schema that every fit report validates against', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const empty = journalCli().json<FitReportJson>(['fit', '--json']);
    expect(validate(empty), JSON.stringify(validate.errors)).toBe(true);
    const cli = journalCli();
    runExperiment(cli, 'replicate-interpretability-result', [
      { progress: 4, enjoyment: 1 },
      { progress: 4, enjoyment: 1 },
      { progress: 3, enjoyment: 0 },
      { progress: 4, enjoyment: 1 },
    ]);
    const report = cli.json<FitReportJson>(['fit', '--json']);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, version: 2 })).toBe(false);
  });
});

describe('the profile lever fit starts from', () => {
  const leaning: Profile = {
    leaning: 'policy',
    skills: { people: 4, writing: 4 },
    enjoys: ['people', 'writing'],
  };

  it('is neutral with nothing saved, and reads no data directory into being', () => {
    const cli = journalCli();
    const run = cli.run(['fit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No profile given or saved');
    expect(run.stdout).toContain('nothing logged yet');
    expect(existsSync(cli.dir)).toBe(false);
  });

  it('is the most recently saved profile by default, or the one named with --saved', async () => {
    const cli = journalCli();
    const older = await saveProfile(cli.dir, 'me now', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    await saveProfile(cli.dir, 'me in policy', leaning);
    const latest = cli.run(['fit']);
    expect(latest.stdout).toContain('From your saved profile "me in policy" (the most recently updated');
    expect(cli.json<FitReportJson>(['fit', '--json']).paths[0]?.id).toBe('policy');
    const chosen = cli.run(['fit', '--saved', older]);
    expect(chosen.stdout).toContain('From your saved profile "me now", and');
    const missing = cli.run(['fit', '--saved', 'no-such-profile']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no saved profile has the id "no-such-profile"');
  });

  it('is the file given with --profile, refused with exit code 2 when invalid', () => {
    const cli = journalCli();
    const file = join(workDir, 'fit-profile.json');
    writeFileSync(file, JSON.stringify(leaning));
    expect(cli.json<FitReportJson>(['fit', '--profile', file, '--json']).paths[0]?.id).toBe('policy');
    writeFileSync(file, '{"skills": {"people": 9}}');
    const bad = cli.run(['fit', '--profile', file]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^ {2}- skills\.people: 9 is too large/m);
    expect(cli.run(['fit', '--profile', file, '--saved', 'x']).code).toBe(2);
  });
});
