import { describe, expect, it } from 'vitest';
import { lever, leverJson } from './run-lever.js';

interface Result {
  id: string;
  kind: string;
  title: string;
  score: number;
  snippet?: string;
}

const ids = (...args: string[]) => leverJson<Result[]>(['search', ...args, '--json']).map((r) => r.id);

describe('lever search', () => {
  it('ranks the superposition paper or mechanistic interpretability first', () => {
    const run = lever(['search', 'superposition']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^\d+ results? for "superposition", best first\n\n1\. (elhage2022-toy-models-superposition|mechanistic-interpretability) /,
    );
  });

  it('shows the id, kind, title and a snippet of each result', () => {
    const out = lever(['search', 'weight', 'exfiltration']).stdout;
    expect(out).toMatch(/1\. weight-exfiltration \(topic\)\n\s+Preventing weight exfiltration\n\s+\S+/);
  });

  it.each([
    ['superpositon', 'elhage2022-toy-models-superposition'],
    ['interpretabilty', 'mechanistic-interpretability'],
    ['debat', 'irving2018-debate'],
    ['interp', 'mechanistic-interpretability'],
  ])('finds "%s" despite the typo or unfinished word', (query, id) => {
    expect(ids(query, '--limit', '3')).toContain(id);
  });

  it('keeps only the kinds asked for, singular, plural or comma-separated', () => {
    const results = leverJson<Result[]>(['search', 'debate', '--kind', 'principle,directions', '--json']);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(['principle', 'direction']).toContain(r.kind);
  });

  it('returns at most --limit results', () => {
    expect(ids('research', '--limit', '2')).toHaveLength(2);
  });

  it('says so when nothing matches, and still succeeds', () => {
    const run = lever(['search', 'xylophone']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No results for "xylophone"');
    expect(ids('the', 'of')).toEqual([]);
  });

  it('rejects a bad --limit or --kind with exit code 2', () => {
    const limit = lever(['search', 'debate', '--limit', 'ten']);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain('--limit');
    const kind = lever(['search', 'debate', '--kind', 'papers']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown kind "papers"');
  });

  it('needs a query', () => {
    const run = lever(['search']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'query'");
  });
});
