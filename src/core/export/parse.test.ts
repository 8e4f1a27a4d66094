import { describe, expect, it } from 'vitest';
import { buildCheckIn, buildExperiment } from '../journal/testing/builders.js';
import { MAX_REPORTED_PROBLEMS, parseExport, parseExportJson } from './parse.js';
import { EXPORT_LIMITS } from './schema.js';
import { buildExportDocument, buildLeverData, buildSavedProfile, LONGEST_NOTE } from './testing.js';

/** The problems of a document that must be refused. */
function problemsOf(raw: unknown) {
  const result = parseExport(raw);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

/** The document with one field of its first experiment replaced. */
function withExperiment(overrides: Record<string, unknown>): unknown {
  const doc = buildExportDocument();
  return { ...doc, experiments: [{ ...doc.experiments[0], ...overrides }] };
}

describe('parseExport', () => {
  it('accepts a whole document and gives it back unchanged', () => {
    const doc = buildExportDocument();
    expect(parseExport(doc)).toEqual({ ok: true, value: doc });
    expect(parseExportJson(JSON.stringify(doc, null, 2))).toEqual({ ok: true, value: doc });
  });

  it('accepts an empty export', () => {
    const empty = buildExportDocument({ profiles: [], experiments: [], asks: [] });
    expect(parseExport(empty).ok).toBe(true);
  });

  it('refuses a document from a newer Lever with one clear problem', () => {
    const problems = problemsOf({ ...buildExportDocument(), version: 2, somethingNew: [] });
    expect(problems).toEqual([
      { path: 'version', message: expect.stringContaining('written by a newer Lever') },
    ]);
    expect(problems[0]?.message).toContain('update Lever');
  });

  it('refuses anything that is not a Lever export, saying so', () => {
    for (const raw of [{ format: 'other-app', version: 1 }, { profiles: [] }]) {
      expect(problemsOf(raw)).toEqual([
        { path: 'format', message: expect.stringContaining('not a Lever export') },
      ]);
    }
    for (const raw of [null, [], 'lever-export', 42]) {
      expect(problemsOf(raw)).toEqual([{ path: '', message: expect.stringContaining('JSON object') }]);
    }
  });

  it('refuses a version that is missing, old-style or not a number', () => {
    for (const version of [undefined, 0, '1', 1.5]) {
      const problems = problemsOf({ ...buildExportDocument(), version });
      expect(problems).toEqual([{ path: 'version', message: expect.stringMatching(/expected 1/) }]);
    }
  });

  it('reports broken JSON text and empty text as problems', () => {
    expect(parseExportJson('{"format": "lever-export",')).toMatchObject({
      ok: false,
      problems: [{ path: '', message: expect.stringContaining('not valid JSON') }],
    });
    expect(parseExportJson('  ')).toMatchObject({ ok: false, problems: [{ path: '' }] });
  });

  it('names the field of every bad value, however deep', () => {
    const doc = buildExportDocument();
    const [first, second] = doc.experiments;
    const broken = {
      ...doc,
      exportedAt: 'yesterday',
      profiles: [{ ...doc.profiles[0], profile: { stage: 'wizard' } }],
      experiments: [
        { ...first, checkIns: [{ ...first?.checkIns[0], progress: 9 }] },
        { ...second, colour: 'blue' },
      ],
      asks: [{ ...doc.asks[0], steps: Array.from({ length: 21 }, () => 'step') }],
    };
    const paths = problemsOf(broken).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'exportedAt',
        'profiles[0].profile.stage',
        'experiments[0].checkIns[0].progress',
        'experiments[1]',
        'asks[0].steps',
      ]),
    );
    expect(problemsOf(broken).find((p) => p.path === 'experiments[1]')?.message).toContain('"colour"');
  });

  it('holds every text to its limit: a 5,000-character note passes, one more fails', () => {
    const note = (text: string) => withExperiment({ checkIns: [buildCheckIn({ note: text })] });
    expect([...LONGEST_NOTE]).toHaveLength(5000);
    expect(parseExport(note(LONGEST_NOTE)).ok).toBe(true);
    expect(problemsOf(note(`${LONGEST_NOTE}🧪`))).toEqual([
      { path: 'experiments[0].checkIns[0].note', message: expect.stringContaining('at most 5000') },
    ]);
    expect(problemsOf(withExperiment({ reflection: 'r'.repeat(5001) }))[0]?.path).toBe(
      'experiments[0].reflection',
    );
  });

  it('refuses lists longer than the limits', () => {
    const many = Array.from({ length: EXPORT_LIMITS.checkInsPerExperiment + 1 }, (_, i) =>
      buildCheckIn({ id: `ci-${i}` }),
    );
    expect(problemsOf(withExperiment({ checkIns: many }))[0]).toMatchObject({
      path: 'experiments[0].checkIns',
      message: expect.stringContaining('too many'),
    });
  });

  it('accepts only timestamps in the form the store writes', () => {
    for (const createdAt of ['2024-03-01T09:00:00Z', '2024-03-01T09:00:00.000+01:00', '2024-03-01']) {
      expect(problemsOf(withExperiment({ createdAt }))[0]?.path).toBe('experiments[0].createdAt');
    }
  });

  it('refuses an id used twice, naming both places', () => {
    const doc = buildExportDocument();
    const [profile] = doc.profiles;
    const twice = { ...doc, profiles: [profile, { ...profile, name: 'copy' }] };
    expect(problemsOf(twice)).toEqual([
      { path: 'profiles[1].id', message: `"${profile?.id}" is also the id of profiles[0]` },
    ]);
    // Check-ins share one table: an id may not repeat in another experiment either.
    const clash = buildLeverData({
      experiments: [
        buildExperiment({ id: 'e1', checkIns: [buildCheckIn({ id: 'same' })] }),
        buildExperiment({ id: 'e2', checkIns: [buildCheckIn({ id: 'same' })] }),
      ],
    });
    expect(problemsOf({ ...doc, ...clash })).toEqual([
      {
        path: 'experiments[1].checkIns[0].id',
        message: '"same" is also the id of experiments[0].checkIns[0]',
      },
    ]);
  });

  it('refuses records the journal never writes', () => {
    expect(problemsOf(withExperiment({ status: 'finished', finishedOn: null }))[0]?.path).toBe(
      'experiments[0].finishedOn',
    );
    expect(problemsOf(withExperiment({ finishedOn: '2024-03-02' }))[0]?.path).toBe(
      'experiments[0].finishedOn',
    );
    expect(problemsOf(withExperiment({ kind: 'expertise', topicId: null }))[0]?.path).toBe(
      'experiments[0].topicId',
    );
    expect(problemsOf(withExperiment({ topicId: 'a-topic' }))[0]?.path).toBe('experiments[0].topicId');
    expect(problemsOf(withExperiment({ id: '' }))[0]?.path).toBe('experiments[0].id');
  });

  it('trims names and titles as the store saves them, and refuses blank or over-long names', () => {
    const doc = buildExportDocument({ profiles: [buildSavedProfile({ name: '  me  ' })] });
    const parsed = parseExport(doc);
    expect(parsed.ok && parsed.value.profiles[0]?.name).toBe('me');
    for (const name of ['   ', 'n'.repeat(101)]) {
      const bad = buildExportDocument({ profiles: [buildSavedProfile({ name })] });
      expect(problemsOf(bad)[0]?.path).toBe('profiles[0].name');
    }
    // A name is counted in characters: 100 emoji fit.
    const emoji = buildExportDocument({ profiles: [buildSavedProfile({ name: '🧪'.repeat(100) })] });
    expect(parseExport(emoji).ok).toBe(true);
  });

  it('lists at most the first problems of a badly broken file, then counts the rest', () => {
    const asks = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}` }));
    const problems = problemsOf({ ...buildExportDocument(), asks });
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toMatch(/^and \d+ more problems not listed$/);
  });
});
