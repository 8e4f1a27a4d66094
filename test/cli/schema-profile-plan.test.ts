/** `lever schema profile` and `lever schema plan`: the contracts, for other tools to validate against. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../kb/shared-dir.js';
import { PERSONAS } from '../personas/personas.js';
import { lever, leverJson, workDir } from './run-lever.js';

// `uri` formats are left to the schema's own readers; the shape is what these tests check.
const ajv = new Ajv2020({ strict: true, validateFormats: false });

describe('lever schema profile', () => {
  const schema = leverJson<Record<string, unknown>>(['schema', 'profile']);
  const validate = ajv.compile(schema);
  const cases = JSON.parse(readSharedFile('personas/cases.json')) as { id: string; profile: unknown }[];

  it('is a draft 2020-12 schema of an object whose every field is optional', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toBeUndefined();
    expect(schema.additionalProperties).toBe(false);
    expect(validate({})).toBe(true);
  });

  it('accepts the profile of every persona case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
    for (const c of [...cases, ...PERSONAS]) {
      expect(validate(c.profile), `${c.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects unknown fields and values, and out-of-range numbers', () => {
    for (const bad of [
      { stag: 'student' },
      { stage: 'wizard' },
      { skills: { coding: 5 } },
      { skills: { coding: 1.5 } },
      { skills: { typo: 1 } },
      { history: [{ activity: 'policy', months: 3, progress: 2 }] },
      { notes: 'x'.repeat(5001) },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('lever schema plan', () => {
  const schema = leverJson<Record<string, unknown>>(['schema', 'plan']);
  const validate = ajv.compile(schema);
  const plans = PERSONAS.slice(0, 4).map((persona) => {
    writeFileSync(join(workDir, 'schema-persona.json'), JSON.stringify(persona.profile));
    return leverJson<Record<string, unknown>>(['advise', '--profile', 'schema-persona.json', '--json']);
  });

  it('accepts the plans "lever advise --json" prints', () => {
    for (const plan of plans) expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });

  it('requires every part of the plan contract and rejects unknown fields', () => {
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'paths',
        'steps',
        'fitTests',
        'readingList',
        'cautions',
        'principles',
        'missing',
      ]),
    );
    const [plan] = plans;
    if (!plan) throw new Error('no plan');
    const { steps: _steps, ...withoutSteps } = plan;
    expect(validate(withoutSteps)).toBe(false);
    expect(validate({ ...plan, extra: 1 })).toBe(false);
    expect(validate({ ...plan, version: 2 })).toBe(false);
  });

  it('names profile and plan among the schemas', () => {
    const run = lever(['schema', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('expected one of: kb, profile, plan');
  });
});
