import { describe, expect, it } from 'vitest';
import {
  buildDirection,
  buildKnowledgeBase,
  buildPrinciple,
  buildResource,
} from '../../../test/kb/builders.js';
import { parseKnowledgeBase } from './parse.js';

describe('parseKnowledgeBase', () => {
  it('returns a whole knowledge base as it was given', () => {
    const kb = buildKnowledgeBase();
    expect(parseKnowledgeBase(kb)).toEqual({ ok: true, value: kb });
  });

  it('fills in defaults, such as a track step not being for later', () => {
    const raw = structuredClone(buildKnowledgeBase()) as unknown as {
      tracks: { steps: { later?: boolean }[] }[];
    };
    const step = raw.tracks[0]?.steps[0];
    if (step) delete step.later;
    const result = parseKnowledgeBase(raw);
    expect(result.ok && result.value.tracks[0]?.steps[0]?.later).toBe(false);
  });

  it('names the field, the value and what is allowed when the shape is wrong', () => {
    const raw = { ...buildKnowledgeBase(), principles: [{ ...buildPrinciple(), kind: 'hint' }] };
    expect(parseKnowledgeBase(raw)).toEqual({
      ok: false,
      problems: [
        {
          path: 'principles[0].kind',
          message: '"hint" is not allowed; expected one of: advice, warning, observation',
        },
      ],
    });
  });

  it('requires a critique exactly on overrated directions', () => {
    const kb = buildKnowledgeBase({ directions: [buildDirection({ tier: 'overrated' })] });
    const result = parseKnowledgeBase(kb);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['directions[0].critique']);
  });

  it('requires an unresolved link exactly when a resource has no url', () => {
    const kb = buildKnowledgeBase({ resources: [buildResource({ url: null })] });
    const result = parseKnowledgeBase(kb);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['resources[0].url']);
  });

  it('reports broken references once the shape is right', () => {
    const kb = buildKnowledgeBase({ principles: [buildPrinciple({ related: ['ghost'] })] });
    expect(parseKnowledgeBase(kb)).toEqual({
      ok: false,
      problems: [
        { path: 'principle:first-principle.related', message: '"ghost" points nowhere: no item has that id' },
      ],
    });
  });
});
