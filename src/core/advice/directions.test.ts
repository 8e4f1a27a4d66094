import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceContext, buildProfile, ranked } from '../../../test/advice/builders.js';
import type { Profile } from '../profile/schema.js';
import { DIRECTION_SLUGS } from '../vocabulary.js';
import { firingRules } from './apply-rules.js';
import { directionsRelevant, planDirections } from './directions.js';

const ctx = adviceContext();
const OVERRATED = ['cooperative-irl', 'natural-abstractions', 'myopia'] as const;
const directionsFor = (overrides: Profile) => {
  const profile = buildProfile({ leaning: 'alignment-research', enjoys: ['experiments'], ...overrides });
  const order = ranked(profile);
  return planDirections(ctx, profile, order, firingRules(ctx.compiledRules, profile, order));
};
const recommendation = (overrides: Profile, id: string) =>
  directionsFor(overrides).find((d) => d.id === id)?.recommendation;
const THEORY_READY: Profile = { skills: { math: 4, ml: 3 }, background: ['math', 'philosophy'] };

describe('overrated directions', () => {
  it('never appear for someone who has not said they are drawn to them', () => {
    const ids = directionsFor({}).map((d) => d.id);
    for (const id of OVERRATED) expect(ids).not.toContain(id);
  });

  it.each(OVERRATED)('%s appears only as a caution when the person is interested', (id) => {
    const direction = directionsFor({ interests: [id], skills: { coding: 4, ml: 4 } }).find(
      (d) => d.id === id,
    );
    expect(direction?.recommendation).toBe('caution');
    expect(direction?.reasons[0]?.principle).toBe('beware-overrated-directions');
  });

  it('are never recommended, whatever the skills and interests', () => {
    const level = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.subarray([...DIRECTION_SLUGS]),
        fc.record({ coding: level, math: level, ml: level, research: level, writing: level }),
        (interests, skills) => {
          for (const d of directionsFor({ interests, skills })) {
            const overrated = (OVERRATED as readonly string[]).includes(d.id);
            if (overrated) expect(d.recommendation).toBe('caution');
            if (overrated) expect(interests).toContain(d.id);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('alignment theory', () => {
  it('is a caution for someone drawn to it without exceptional maths, ML theory and philosophy', () => {
    expect(
      recommendation({ interests: ['alignment-theory'], skills: { math: 3, ml: 3 } }, 'alignment-theory'),
    ).toBe('caution');
  });

  it('can be recommended to someone theory-ready who wants it', () => {
    expect(recommendation({ interests: ['alignment-theory'], ...THEORY_READY }, 'alignment-theory')).toBe(
      'recommended',
    );
  });

  it('is never recommended to someone who is not theory-ready', () => {
    for (const skills of [
      { math: 2, ml: 1 },
      { math: 4, ml: 2 },
      { math: 3, ml: 4 },
    ]) {
      expect(recommendation({ interests: ['alignment-theory'], skills }, 'alignment-theory')).not.toBe(
        'recommended',
      );
      expect(recommendation({ skills }, 'alignment-theory')).not.toBe('recommended');
    }
  });
});

describe('the other directions', () => {
  it('recommends at most two, and a primary direction first for a newcomer with no stated interest', () => {
    const dirs = directionsFor({});
    expect(dirs.filter((d) => d.recommendation === 'recommended').length).toBeLessThanOrEqual(2);
    expect(dirs[0]?.tier).toBe('primary');
  });

  it('an interest moves a direction up and is given as a reason', () => {
    const dirs = directionsFor({ interests: ['threat-modeling'] });
    const threat = dirs.find((d) => d.id === 'threat-modeling');
    expect(threat?.recommendation).toBe('recommended');
    expect(threat?.reasons.map((r) => r.text)).toContain('You listed it among your interests.');
  });

  it('adds the reasons rules give, citing their principles', () => {
    const interp = directionsFor({ interests: ['mechanistic-interpretability'] }).find(
      (d) => d.id === 'mechanistic-interpretability',
    );
    expect(interp?.reasons.map((r) => r.principle)).toContain('interpretability-outside-labs');
  });

  it('are left out when neither research nor engineering is in view', () => {
    const organizer = buildProfile({
      leaning: 'operations',
      enjoys: ['organizing'],
      skills: { organizing: 4, coding: 0 },
    });
    expect(directionsRelevant(organizer, ranked(organizer))).toBe(false);
    expect(planDirections(ctx, organizer, ranked(organizer), [])).toEqual([]);
  });
});
