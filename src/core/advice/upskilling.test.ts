import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile, ranked } from '../../../test/advice/builders.js';
import type { Profile } from '../profile/schema.js';
import { upskillingStart, upskillingSteps } from './upskilling.js';

const ctx = adviceContext();
const stepsFor = (overrides: Profile) => {
  const profile = buildProfile({ leaning: 'alignment-research', enjoys: ['experiments'], ...overrides });
  return upskillingSteps(ctx, profile, ranked(profile));
};
const sequence = (overrides: Profile) => stepsFor(overrides).find((s) => s.id === 'upskill-in-order');

describe('where the upskilling track starts', () => {
  it('at MLAB for weak coding or ML, or when unknown', () => {
    expect(upskillingStart({ skills: { coding: 1, ml: 3 } })).toBe(0);
    expect(upskillingStart({ skills: { coding: 4, ml: 0 } })).toBe(0);
    expect(upskillingStart({})).toBe(0);
  });

  it('at Hilton’s curriculum with working ML, at Nanda’s guide with strong ML', () => {
    expect(upskillingStart({ skills: { coding: 2, ml: 2 } })).toBe(2);
    expect(upskillingStart({ skills: { coding: 3, ml: 3 } })).toBe(3);
  });
});

describe('the upskilling steps', () => {
  it('a beginner starts with MLAB and goes through the track in the post’s order', () => {
    const step = sequence({ skills: { coding: 1, ml: 0 } });
    expect(step?.title).toMatch(/starting with MLAB/);
    expect(step?.detail).toMatch(/MLAB → ARENA → Jacob Hilton's deep learning curriculum → Neel Nanda/);
    expect(step?.resources.map((r) => r.id)).toEqual([
      'redwood-mlab',
      'arena',
      'hilton2022-dl-curriculum',
      'nanda2022-getting-started-mi',
    ]);
  });

  it('someone with working ML skips the bootcamps and says so', () => {
    const step = sequence({ skills: { coding: 3, ml: 2 } });
    expect(step?.title).toMatch(/starting with Jacob Hilton/);
    expect(step?.detail).toMatch(/skip the earlier steps/);
    expect(step?.resources.map((r) => r.id)).not.toContain('redwood-mlab');
  });

  it('an ML researcher skips the courses but still replicates and extends papers', () => {
    const ids = stepsFor({ skills: { coding: 4, ml: 4, research: 4 } }).map((s) => s.id);
    expect(ids).not.toContain('upskill-in-order');
    expect(ids).toContain('replicate-then-extend');
  });

  it('replication comes after the courses, and the Alignment Fundamentals ideas later still', () => {
    const steps = stepsFor({ skills: { coding: 1 } });
    expect(steps.map((s) => [s.id, s.when])).toEqual([
      ['upskill-in-order', 'this-month'],
      ['replicate-then-extend', 'next-three-months'],
      ['track-alignment-fundamentals', 'later'],
    ]);
  });

  it('none for someone not heading into research or engineering', () => {
    const organizer = buildProfile({
      leaning: 'operations',
      enjoys: ['organizing'],
      skills: { organizing: 4, people: 4 },
    });
    expect(upskillingSteps(ctx, organizer, ranked(organizer))).toEqual([]);
  });
});
