import { describe, expect, it } from 'vitest';
import { buildProfile, ranked } from '../../../test/advice/builders.js';
import type { Profile } from '../profile/schema.js';
import { allFactNames, factNeedsRanking, holds, PROFILE_FACTS } from './facts.js';

const check = (profile: Profile, fact: string, withRanking = false) =>
  holds({ profile, ranked: withRanking ? ranked(profile) : [] }, fact);

const history = (progress: number, enjoyment: number, months = 6): Profile['history'] => [
  { activity: 'policy', months, progress, enjoyment },
];

/** For every profile fact: a person it describes, and one it doesn't. */
const EXAMPLES: Record<string, { holds: Profile; fails: Profile }> = {
  'little-research-experience': {
    holds: { researchExperienceYears: 1 },
    fails: { researchExperienceYears: 3, stage: 'student' },
  },
  'experienced-researcher': { holds: { researchExperienceYears: 6 }, fails: { researchExperienceYears: 4 } },
  senior: { holds: { stage: 'senior' }, fails: { stage: 'mid-career', researchExperienceYears: 9 } },
  'no-mentor': { holds: {}, fails: { hasMentor: true } },
  'has-mentor': { holds: { hasMentor: true }, fails: { hasMentor: false } },
  'weak-coding': { holds: { skills: { coding: 1 } }, fails: {} },
  'coding-not-strong': { holds: {}, fails: { skills: { coding: 3 } } },
  'strong-coding': { holds: { skills: { coding: 3 } }, fails: { skills: { coding: 2 } } },
  'strong-math': { holds: { skills: { math: 3 } }, fails: { skills: { math: 2 } } },
  'exceptional-math': { holds: { skills: { math: 4 } }, fails: { skills: { math: 3 } } },
  'strong-ml': { holds: { skills: { ml: 3 } }, fails: { skills: { ml: 2 } } },
  'ml-researcher': { holds: { skills: { ml: 3, research: 3 } }, fails: { skills: { ml: 4, research: 2 } } },
  'theory-minded': { holds: { enjoys: ['proofs'] }, fails: { enjoys: ['coding'] } },
  'physics-or-math': { holds: { background: ['physics'] }, fails: { background: ['engineering'] } },
  philosophical: {
    holds: { background: ['philosophy'] },
    fails: { background: ['math'], enjoys: ['proofs'] },
  },
  'theory-ready': {
    holds: { skills: { math: 4, ml: 3 }, enjoys: ['theory'] },
    fails: { skills: { math: 3, ml: 4 }, enjoys: ['theory'], background: ['philosophy'] },
  },
  'corporate-experience': { holds: { corporateExperience: true }, fails: {} },
  'people-oriented': { holds: { enjoys: ['people'] }, fails: { skills: { people: 2 } } },
  'technical-background': { holds: { skills: { ml: 2 } }, fails: { background: ['physics'] } },
  'no-technical-background': {
    holds: { background: ['law'], skills: { coding: 1 } },
    fails: { background: ['law'], skills: { coding: 2 } },
  },
  'legible-ai-expertise': { holds: { background: ['ml'] }, fails: { background: ['physics'] } },
  'governance-background': { holds: { background: ['hardware'] }, fails: { background: ['physics'] } },
  'successes-without-excitement': { holds: { history: history(3, 1) }, fails: { history: history(3, 1, 2) } },
  'enjoys-but-slow-progress': { holds: { history: history(1, 3) }, fails: { history: history(2, 3) } },
  thriving: { holds: { history: history(3, 3) }, fails: { history: history(3, 2) } },
  'real-experience': { holds: { history: history(2, 2, 12) }, fails: { history: history(2, 2, 11) } },
  'no-history': { holds: { history: [] }, fails: { history: history(2, 2) } },
  'enjoys-unknown': { holds: {}, fails: { enjoys: [] } },
};

describe('profile facts', () => {
  it('every profile fact has an example here', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(PROFILE_FACTS).sort());
  });

  it.each(Object.entries(EXAMPLES))(
    '%s holds for the person it describes, and not for the other',
    (fact, ex) => {
      expect(check(ex.holds, fact)).toBe(true);
      expect(check(ex.fails, fact)).toBe(false);
    },
  );

  it('never needs the ranking', () => {
    for (const fact of Object.keys(PROFILE_FACTS)) expect(factNeedsRanking(fact)).toBe(false);
  });

  it('a student with no stated years counts as having little research experience', () => {
    expect(check({ stage: 'student' }, 'little-research-experience')).toBe(true);
    expect(check({ stage: 'mid-career' }, 'little-research-experience')).toBe(false);
  });
});

describe('parametric facts', () => {
  it('focus: the leaning, an interest, or clearly the best fit', () => {
    const organizer = buildProfile({
      skills: { people: 4, organizing: 4, coding: 0, ml: 0, math: 0, writing: 1, research: 0 },
      enjoys: ['organizing', 'building'],
      history: [{ activity: 'operations', months: 24, progress: 4, enjoyment: 4 }],
    });
    expect(ranked(organizer)[0]?.id).toBe('operations');
    expect(check(organizer, 'focus:operations', true)).toBe(true);
    expect(check(organizer, 'focus:alignment-research', true)).toBe(false);
    expect(check({ ...organizer, leaning: 'alignment-research' }, 'focus:alignment-research', true)).toBe(
      true,
    );
    expect(check({ ...organizer, interests: ['alignment-research'] }, 'focus:alignment-research', true)).toBe(
      true,
    );
    expect(check({ ...organizer, interests: ['myopia'] }, 'focus:alignment-research', true)).toBe(true);
  });

  it('focus: a runner-up or a tied best fit is not in focus', () => {
    const blank: Profile = {};
    const [first, second] = ranked(blank);
    expect(first?.fit).toBe(second?.fit);
    expect(check(blank, `focus:${first?.id}`, true)).toBe(false);
    const organizer = buildProfile({
      skills: { people: 4, organizing: 4 },
      enjoys: ['organizing', 'people'],
    });
    const runnerUp = ranked(organizer)[1]?.id;
    expect(check(organizer, `focus:${runnerUp}`, true)).toBe(false);
  });

  it('top: only the best fit', () => {
    const profile = buildProfile();
    const [first, second] = ranked(profile);
    expect(check(profile, `top:${first?.id}`, true)).toBe(true);
    expect(check(profile, `top:${second?.id}`, true)).toBe(false);
  });

  it('interested-in, background, enjoys, stage and leaning read the answers', () => {
    const p = buildProfile({
      interests: ['myopia'],
      background: ['law'],
      enjoys: ['policy'],
      stage: 'senior',
    });
    expect(check(p, 'interested-in:myopia')).toBe(true);
    expect(check(p, 'interested-in:cooperative-irl')).toBe(false);
    expect(check(p, 'background:law')).toBe(true);
    expect(check(p, 'background:cs')).toBe(false);
    expect(check(p, 'enjoys:policy')).toBe(true);
    expect(check(p, 'stage:senior')).toBe(true);
    expect(check(p, 'leaning:undecided')).toBe(true);
    expect(check({}, 'background:law')).toBe(false);
  });

  it('focus and top need the ranking; the others do not', () => {
    expect(factNeedsRanking('focus:policy')).toBe(true);
    expect(factNeedsRanking('top:policy')).toBe(true);
    expect(factNeedsRanking('leaning-not-a-top-fit')).toBe(true);
    expect(factNeedsRanking('interested-in:myopia')).toBe(false);
  });
});

describe('ranking facts', () => {
  it('leaning-not-a-top-fit: a leaning outside the two best fits', () => {
    const organizer = buildProfile({ skills: { people: 4, organizing: 4, coding: 0, ml: 0 } });
    expect(check({ ...organizer, leaning: 'ml-engineering' }, 'leaning-not-a-top-fit', true)).toBe(true);
    const top = ranked(organizer)[0]?.id;
    if (top === undefined) throw new Error('no ranking');
    expect(check({ ...organizer, leaning: top }, 'leaning-not-a-top-fit', true)).toBe(false);
    expect(check({ ...organizer, leaning: 'undecided' }, 'leaning-not-a-top-fit', true)).toBe(false);
  });

  it('uncertain-fit: true for a blank profile, false once the person has tried their best path', () => {
    expect(check({}, 'uncertain-fit', true)).toBe(true);
    const tried = buildProfile({
      history: [{ activity: 'operations', months: 36, progress: 4, enjoyment: 4 }],
    });
    expect(check(tried, 'uncertain-fit', true)).toBe(false);
  });
});

describe('fact names', () => {
  it('lists simple and parametric facts', () => {
    const names = allFactNames();
    expect(names).toContain('no-mentor');
    expect(names).toContain('focus:policy');
    expect(names).toContain('interested-in:cooperative-irl');
    expect(names).toContain('leaning:undecided');
    expect(new Set(names).size).toBe(names.length);
  });

  it('an unknown fact is an error, not a silent false', () => {
    expect(() => check({}, 'likes-cats')).toThrow(/unknown fact "likes-cats"/);
    expect(() => check({}, 'hobby:cats')).toThrow(/unknown fact/);
  });
});
