import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lever, leverJson } from './run-lever.js';

interface KbDocument {
  version: number;
  paths: { id: string }[];
  directions: { id: string; title?: string }[];
  [key: string]: unknown;
}

describe('lever kb', () => {
  it('prints the whole knowledge base as one JSON document with --json', () => {
    const kb = leverJson<KbDocument>(['kb', '--json']);
    expect(kb.version).toBe(1);
    expect(Object.keys(kb)).toEqual(
      expect.arrayContaining([
        'source',
        'principles',
        'paths',
        'directions',
        'resources',
        'clusters',
        'topics',
        'tracks',
      ]),
    );
    expect(kb.directions).toHaveLength(9);
  });

  it('without --json, summarises the counts and says how to get the JSON', () => {
    const run = lever(['kb']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\b9 directions\b/);
    expect(run.stdout).toMatch(/\b24 topics\b/);
    expect(run.stdout).toContain('lever kb --json');
  });
});

describe('lever schema', () => {
  const schema = leverJson<Record<string, unknown>>(['schema', 'kb']);
  // `uri` formats are left to the schema's own readers; the shape is what this test checks.
  const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

  it('prints a draft 2020-12 JSON Schema for the knowledge base', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'source', 'directions', 'topics']));
  });

  it('accepts what "lever kb --json" prints', () => {
    const kb = leverJson<KbDocument>(['kb', '--json']);
    const valid = validate(kb);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a knowledge base with a missing field or an unknown one', () => {
    const kb = leverJson<KbDocument>(['kb', '--json']);
    const missingTitle = structuredClone(kb);
    delete missingTitle.directions[0]?.title;
    expect(validate(missingTitle)).toBe(false);
    expect(validate({ ...kb, extra: true })).toBe(false);
    expect(validate({ ...kb, version: 2 })).toBe(false);
  });

  it('rejects an unknown schema name with exit code 2, naming the known ones', () => {
    const run = lever(['schema', 'plans']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown schema "plans"; expected one of: kb');
  });
});
