import { describe, expect, it } from 'vitest';
import { personaPlanFiles } from '../../scripts/persona-plans.js';
import { advise } from '../../src/core/advice/advise.js';
import { Plan } from '../../src/core/plan/schema.js';
import { adviceContext } from '../advice/builders.js';
import { PERSONAS } from './personas.js';

const ctx = adviceContext();

describe('the persona plans script', () => {
  it('writes one <id>.json per case, holding the plan as `lever advise --json` prints it', () => {
    const files = personaPlanFiles(PERSONAS, ctx);
    expect(files.map((f) => ('file' in f ? f.file : f.error))).toEqual(PERSONAS.map((p) => `${p.id}.json`));
    const [first] = files;
    const persona = PERSONAS[0];
    if (!first || !('text' in first) || !persona) throw new Error('no plan written');
    expect(first.text).toBe(`${JSON.stringify(advise(persona.profile, ctx), null, 2)}\n`);
    expect(Plan.safeParse(JSON.parse(first.text)).success).toBe(true);
  });

  it('reports an invalid profile by case id, naming the field', () => {
    const [file] = personaPlanFiles([{ id: 'typo', profile: { stage: 'wizard' } }], ctx);
    expect(file).toEqual({ id: 'typo', error: expect.stringMatching(/^stage: "wizard" is not allowed/) });
  });

  it('refuses ids that could write outside the output folder', () => {
    const [file] = personaPlanFiles([{ id: '../escape', profile: {} }], ctx);
    expect(file).toEqual({ id: '#0', error: expect.stringContaining('"id"') });
  });

  it('refuses a document that is not a list of cases', () => {
    expect(personaPlanFiles({ cases: [] }, ctx)).toEqual([
      { id: '', error: expect.stringContaining('array') },
    ]);
  });
});
