import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseLibraryQuery } from './query.js';

describe('parseLibraryQuery', () => {
  it('reads the form, treating empty values as "any"', () => {
    const { query, problems } = parseLibraryQuery({
      q: '  debate ',
      kind: '',
      direction: 'myopia',
      cluster: '',
    });
    expect(problems).toEqual([]);
    expect(query).toEqual({ q: 'debate', direction: 'myopia' });
  });

  it('names the field and the allowed values for an unknown value, and drops it', () => {
    const { query, problems } = parseLibraryQuery({ kind: 'papers', cluster: 'compute' });
    expect(query).toEqual({ q: '' });
    expect(problems.map((p) => p.field)).toEqual(['kind', 'cluster']);
    expect(problems[0]?.message).toContain('expected one of: principle, path, direction');
    expect(problems[1]?.message).toBe(
      'unknown cluster "compute"; expected one of: compute-governance, security, policy-and-society',
    );
  });

  it('refuses a search longer than a search can sensibly be', () => {
    const { query, problems } = parseLibraryQuery({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(query.q).toBe('');
    expect(problems[0]?.field).toBe('q');
  });
});
